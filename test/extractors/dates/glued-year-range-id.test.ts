import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in glued-year-range-id.cases.json: an Indonesian span of days before a month with its year
 * glued on ("13 hingga 19 Oktober2023", a common typo) is one interval, as the one-day parser already reads
 * "19 Oktober2023".
 */
const CASES = casesFromJson(new URL('./glued-year-range-id.cases.json', import.meta.url));

describe('dates: a span of days before a month with a glued year (id)', () => {
  itGivesDates(CASES);
});
