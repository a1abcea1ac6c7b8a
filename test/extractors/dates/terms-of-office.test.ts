import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/** Invented sentences in terms-of-office.cases.json: a year span after an office, a body or "nhiệm kỳ" is its term. */
const CASES = casesFromJson(new URL('./terms-of-office.cases.json', import.meta.url));

describe('dates: terms of office as year spans', () => {
  itGivesDates(CASES);
});
