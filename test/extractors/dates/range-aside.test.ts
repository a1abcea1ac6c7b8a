import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in range-aside.cases.json: a bracketed aside right after the first end of a span (a lunar day,
 * a weekday) does not keep the range word from joining the two ends into one interval.
 */
const CASES = casesFromJson(new URL('./range-aside.cases.json', import.meta.url));

describe('dates: a span whose first end carries a bracketed aside', () => {
  itGivesDates(CASES);
});
