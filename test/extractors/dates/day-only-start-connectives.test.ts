import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in day-only-start-connectives.cases.json: a day-only start before a day-month takes its month
 * after "đến hết"/"cho đến hết" (a span, as for full days) and after "từ … sang" (a move: two days).
 */
const CASES = casesFromJson(new URL('./day-only-start-connectives.cases.json', import.meta.url));

describe('dates (vi): a day-only start before "đến hết" or "sang"', () => {
  itGivesDates(CASES);
});
