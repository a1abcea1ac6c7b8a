import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in relative-day-beside-its-day.cases.json: a day before or after today written beside the day
 * it names is one fact ("besok, Jumat (20/3/2026)", "hôm qua, 18/3/2026", "Senin besok"), the written day when the
 * two disagree; a clock time alone before its day keeps its zone.
 */
const CASES = casesFromJson(new URL('./relative-day-beside-its-day.cases.json', import.meta.url));

describe('dates: a relative day beside the day it names', () => {
  itGivesDates(CASES);
});
