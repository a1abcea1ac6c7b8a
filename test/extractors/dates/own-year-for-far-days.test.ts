import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in own-year-for-far-days.cases.json: a yearless day that would lie more than a quarter back in
 * the year before is in the publication's own year, unless the sentence's tense points back and the own year's day
 * lies well ahead.
 */
const CASES = casesFromJson(new URL('./own-year-for-far-days.cases.json', import.meta.url));

describe('dates: a yearless day far back in the year before is in the own year', () => {
  itGivesDates(CASES);
});
