import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences, one form each, in quarter-codes-plain-months.cases.json: business quarter codes
 * ("Q4 2025", "4Q25") and an Indonesian month name alone after a statistic noun ("inflasi Januari") or, when it is
 * no given name, after a lower-case word ("dibandingkan Januari"); names and titles stay undated.
 */
const CASES = casesFromJson(new URL('./quarter-codes-plain-months.cases.json', import.meta.url));

describe('dates: quarter codes, month names alone', () => {
  itGivesDates(CASES);
});
