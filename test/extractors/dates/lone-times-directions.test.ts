import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences, one form each, in lone-times-directions.cases.json: a clock time with no day in
 * the sentence gives nothing; "kemarin" read as a date's direction ("Januari kemarin") is no second date; a bare
 * "end of the year" named again with its year ("akhir tahun atau Desember 2025"); an editor's "Rabu [18/2]"; an
 * ordinal week before "bulan ini"; a bracket that holds only years.
 */
const CASES = casesFromJson(new URL('./lone-times-directions.cases.json', import.meta.url));

describe('dates: lone clock times, direction words, appositions, bracketed years', () => {
  itGivesDates(CASES);
});
