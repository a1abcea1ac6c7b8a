import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in clock-ranges-beside-day.cases.json: two Indonesian clock times joined by a dash, "hingga",
 * "sampai (dengan)" or "s/d" are opening hours beside the day, never times of it ("Rabu (6/5) pukul 08.00-14.00 WIB",
 * "pukul 09.00 WIB hingga sekitar pukul 21.00 WIB"): neither end is read, and the day stays the day.
 */
const CASES = casesFromJson(new URL('./clock-ranges-beside-day.cases.json', import.meta.url));

describe('dates: a clock range beside a day is opening hours', () => {
  itGivesDates(CASES);
});
