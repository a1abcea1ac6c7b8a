import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences, one form each, in dotted-months-bare-years.cases.json: months with a dotted year, dashed day
 * ranges after a part of day, bracketed days, bare and listed years, first months of a year, clock times with
 * their relative day or with only a month in the sentence, weekdays joined to "besok" or set by a time zone,
 * weekday ranges, figurative "hôm nay", ranges of levels and shares of subjects.
 */
const CASES = casesFromJson(new URL('./dotted-months-bare-years.cases.json', import.meta.url));

describe('dates: dotted months, bare years, bracketed days, clock times and weekdays in context', () => {
  itGivesDates(CASES);
});
