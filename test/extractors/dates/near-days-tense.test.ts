import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in near-days-tense.cases.json: a yearless day within a month of the publication day takes the
 * nearest year when the sentence's tense cue lies far from it (more than 30 characters: often another clause's verb,
 * "đã nhất trí … về việc khai mạc … vào ngày 16-10"); a close cue keeps the two-week window, and a direction the
 * phrase writes ("lalu", "tới") still holds.
 */
const CASES = casesFromJson(new URL('./near-days-tense.cases.json', import.meta.url));

describe('dates: a day within a month of publication and a far tense cue takes the nearest year', () => {
  itGivesDates(CASES);
});
