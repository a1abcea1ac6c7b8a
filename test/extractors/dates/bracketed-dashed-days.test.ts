import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in bracketed-dashed-days.cases.json: a dashed day in brackets after a named day ("lễ kỷ niệm
 * (20-11)") is that day, and after a relative week ("ngày cuối tuần (21-11)") it is the week's day named, one fact.
 */
const CASES = casesFromJson(new URL('./bracketed-dashed-days.cases.json', import.meta.url));

describe('dates: a dashed day in brackets after a named day or a relative week (vi)', () => {
  itGivesDates(CASES);
});
