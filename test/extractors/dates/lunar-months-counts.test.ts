import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences, one form each, in lunar-months-counts.cases.json: lunar month names ("tháng Chạp", "tháng
 * Giêng"), dashed and dotted pairs that count hours, months or things, scores after "dẫn trước", and "ngày đầu năm".
 */
const CASES = casesFromJson(new URL('./lunar-months-counts.cases.json', import.meta.url));

describe('dates: lunar months, counts that look like days, New Year', () => {
  itGivesDates(CASES);
});
