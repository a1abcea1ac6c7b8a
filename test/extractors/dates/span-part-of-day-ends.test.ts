import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in span-part-of-day-ends.cases.json: a range whose ends differ in granularity stays two facts,
 * also when one end writes a part of day and the other does not ("Từ chiều 7/9 đến hết ngày 8/9"); parts of day on
 * both ends, or clock times on both, stay one span.
 */
const CASES = casesFromJson(new URL('./span-part-of-day-ends.cases.json', import.meta.url));

describe('dates: span ends with a part of day on one end only', () => {
  itGivesDates(CASES);
});
