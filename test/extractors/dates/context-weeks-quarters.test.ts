import { readFileSync } from 'node:fs';
import { describe } from 'vitest';
import { z } from 'zod';
import { itGivesDates, type DayCase } from './support.js';

/**
 * Invented sentences, one form each, in context-weeks-quarters.cases.json: a week after a written day, a quarter
 * with its bracketed months, frequency words before weekdays, weekdays counted from a written day, spans.
 */
const CaseSchema = z.object({
  why: z.string().min(1),
  lang: z.enum(['vi', 'id', 'en']),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  text: z.string().min(1),
  facts: z.array(z.tuple([z.string(), z.string()])),
});
const CASES: DayCase[] = z
  .array(CaseSchema)
  .parse(JSON.parse(readFileSync(new URL('./context-weeks-quarters.cases.json', import.meta.url), 'utf8')))
  .map((c) => [c.lang, c.day, c.text, c.facts]);

describe('dates: weeks after days, quarters with their months, habitual context, anchored weekdays', () => {
  itGivesDates(CASES);
});
