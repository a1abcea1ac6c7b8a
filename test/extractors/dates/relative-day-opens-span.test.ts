import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in relative-day-opens-span.cases.json: a relative day is the first day of a span when a range word
 * and a written day follow it ("terhitung kemarin hingga 27 April", no opener needed) or when a written span follows
 * it ("besok Senin hingga Kamis 13-16 April 2026"): one fact.
 */
const CASES = casesFromJson(new URL('./relative-day-opens-span.cases.json', import.meta.url));

describe('dates: a relative day opens a span', () => {
  itGivesDates(CASES);
});
