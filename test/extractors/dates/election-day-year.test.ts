import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in election-day-year.cases.json: the voting of an election named with its year ("pencoblosan
 * Pilkada 2026") puts the sentence's yearless days and months in that year.
 */
const CASES = casesFromJson(new URL('./election-day-year.cases.json', import.meta.url));

describe('dates: the voting of a named election gives its year (id)', () => {
  itGivesDates(CASES);
});
