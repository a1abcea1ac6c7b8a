import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in numeric-day-ranges.cases.json: Indonesian spans of days written in figures,
 * "9-10/5/2026" and detik's weekend form "Sabtu-Minggu (9-10/5/2026)"; a bare "9-10/5" stays undated.
 */
const CASES = casesFromJson(new URL('./numeric-day-ranges.cases.json', import.meta.url));

describe('dates: Indonesian spans of days in figures', () => {
  itGivesDates(CASES);
});
