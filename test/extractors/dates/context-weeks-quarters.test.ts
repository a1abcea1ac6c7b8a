import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences, one form each, in context-weeks-quarters.cases.json: a week after a written day, a quarter
 * with its bracketed months, frequency words before weekdays, weekdays counted from a written day, spans.
 */
const CASES = casesFromJson(new URL('./context-weeks-quarters.cases.json', import.meta.url));

describe('dates: weeks after days, quarters with their months, habitual context, anchored weekdays', () => {
  itGivesDates(CASES);
});
