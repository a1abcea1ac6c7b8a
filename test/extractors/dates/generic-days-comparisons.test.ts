import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences, one form each, in generic-days-comparisons.cases.json: "today"/"tomorrow" as the present or
 * the future (an era contrast, an age noun, a list with days in general), the base of a comparison ("cùng kỳ năm
 * trước", "periode yang sama tahun lalu"), schedules and lengths of time that look like clock times, hedged
 * distances back, "hè này", and spans from a relative day to a written one.
 */
const CASES = casesFromJson(new URL('./generic-days-comparisons.cases.json', import.meta.url));

describe('dates: generic days, comparison bases, schedules, relative-day spans', () => {
  itGivesDates(CASES);
});
