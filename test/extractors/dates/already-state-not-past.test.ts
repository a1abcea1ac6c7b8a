import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in already-state-not-past.cases.json: "sudah/telah" before a negation or modal ("sudah tidak",
 * "sudah bisa") is a state from that day on, not a past cue; a real past cue still sends a weekday back.
 */
const CASES = casesFromJson(new URL('./already-state-not-past.cases.json', import.meta.url));

describe('dates (id): "sudah" before a negation or modal is no past cue', () => {
  itGivesDates(CASES);
});
