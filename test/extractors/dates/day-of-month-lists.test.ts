import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in day-of-month-lists.cases.json: Indonesian "tanggal" before days listed with "dan" and no month
 * ("tanggal 28 dan 30", "tanggal 11, 12 dan 13") gives one fact per day, each a day of the month picked as for
 * "tanggal 8" alone.
 */
const CASES = casesFromJson(new URL('./day-of-month-lists.cases.json', import.meta.url));

describe('dates: days of an unwritten month listed after "tanggal"', () => {
  itGivesDates(CASES);
});
