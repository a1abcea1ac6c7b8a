import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in part-of-day-after-bracket.cases.json: a part of day after a written day in its own bracket
 * ("(11/4/2026) malam") or "tengah malam" after a day gives that part of that day.
 */
const CASES = casesFromJson(new URL('./part-of-day-after-bracket.cases.json', import.meta.url));

describe('dates: a part of day after a bracketed day (id)', () => {
  itGivesDates(CASES);
});
