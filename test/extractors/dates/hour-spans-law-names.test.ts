import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in hour-spans-law-names.cases.json: "từ 6h đến 18h ngày 6/9" is one interval of that day;
 * "Hiến pháp năm 1992", "Luật Đất đai năm 2013" are names, not dates.
 */
const CASES = casesFromJson(new URL('./hour-spans-law-names.cases.json', import.meta.url));

describe('dates: hour-bounded periods of one day and years in law names (vi)', () => {
  itGivesDates(CASES);
});
