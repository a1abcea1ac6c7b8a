import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in week-named-by-written-days.cases.json: a relative week followed by the written days it
 * names is those days, one fact: a span in brackets ("tuần tới (9/3 - 15/3)") and, after capitalised "Minggu ini"
 * (this week, or this Sunday), a day between commas; a week framing a day stays two facts.
 */
const CASES = casesFromJson(new URL('./week-named-by-written-days.cases.json', import.meta.url));

describe('dates: a relative week named by its written days is one fact', () => {
  itGivesDates(CASES);
});
