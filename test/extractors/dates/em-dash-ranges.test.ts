import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in em-dash-ranges.cases.json: an Indonesian em dash joins the ends of a range as the hyphen and
 * the en dash do ("1—2 Agustus 2020", "Januari—Maret", "2019—2021"): one interval fact.
 */
const CASES = casesFromJson(new URL('./em-dash-ranges.cases.json', import.meta.url));

describe('dates: an em dash joins a range', () => {
  itGivesDates(CASES);
});
