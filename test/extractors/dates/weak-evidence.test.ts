import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in weak-evidence.cases.json: relative day words that are no time adverbial give no
 * date ("memikirkan hari ini", "reshuffle kemarin itu"); each shape with a neighbour that keeps its day.
 */
const CASES = casesFromJson(new URL('./weak-evidence.cases.json', import.meta.url));

describe('dates: relative day words without the weight of a day', () => {
  itGivesDates(CASES);
});
