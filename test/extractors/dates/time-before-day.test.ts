import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in time-before-day.cases.json: a clock time right before its day ("pukul 09.45 WIB, Kamis
 * (12/3/2026)", "02.15 WIB dini hari tadi") is one fact; a time needs a clock word or its zone.
 */
const CASES = casesFromJson(new URL('./time-before-day.cases.json', import.meta.url));

describe('dates: a clock time right before its day (id)', () => {
  itGivesDates(CASES);
});
