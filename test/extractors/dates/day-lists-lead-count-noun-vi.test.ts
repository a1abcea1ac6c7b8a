import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in day-lists-lead-count-noun-vi.cases.json: a list or span of days led by "ngày"/"các ngày"/
 * "mùng" stays days before a count noun ("… 16/3 học sinh"), as one day after "ngày" does; without the lead the
 * count-noun guard keeps fractions out.
 */
const CASES = casesFromJson(new URL('./day-lists-lead-count-noun-vi.cases.json', import.meta.url));

describe('dates: lists and spans of days led by "ngày" before a count noun (vi)', () => {
  itGivesDates(CASES);
});
