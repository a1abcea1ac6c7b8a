import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in quoted-days.cases.json: a relative day inside a quotation counts from the day
 * the attribution after it writes ("\"… besok,\" katanya, Senin (25/5/2026)"), not from the publication day.
 */
const CASES = casesFromJson(new URL('./quoted-days.cases.json', import.meta.url));

describe('dates: relative days inside a dated quotation', () => {
  itGivesDates(CASES);
});
