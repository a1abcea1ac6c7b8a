import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences, one form each, in lunar-months-counts.cases.json: lunar month names ("tháng Chạp", "tháng
 * Giêng"), pairs that count hours, months or things, shares, scores after "dẫn trước", places and batches named
 * with a number pair, "ngày đầu năm" and figurative "ngày mai".
 */
const CASES = casesFromJson(new URL('./lunar-months-counts.cases.json', import.meta.url));

describe('dates: lunar months, counts that look like days, New Year', () => {
  itGivesDates(CASES);
});
