import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in part-of-day-before-relative-day.cases.json: an Indonesian part of day written before
 * "kemarin" or "hari ini" ("Sore kemarin", "sore hari ini (12/6)") is that day's part of day, one fact; after a
 * weekday the weekday reads it as before.
 */
const CASES = casesFromJson(new URL('./part-of-day-before-relative-day.cases.json', import.meta.url));

describe('dates: a part of day before its relative day (id)', () => {
  itGivesDates(CASES);
});
