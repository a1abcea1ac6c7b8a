import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in time-earlier-today.cases.json: an Indonesian clock time followed by "tadi" ("pukul 11.11 WIB
 * tadi") is earlier today; "tadi" alone is no date.
 */
const CASES = casesFromJson(new URL('./time-earlier-today.cases.json', import.meta.url));

describe('dates: a clock time then "tadi" (id)', () => {
  itGivesDates(CASES);
});
