import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { z } from 'zod';
import type { DateFact, Lang } from '../../../src/core/index.js';
import { EXTRACTORS, type Extractor } from '../../../src/extractors/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/** [lang, publication day, sentence, expected [text, value] in order]: one invented sentence, one form. */
export type DayCase = [Lang, string, string, Array<[string, string]>];

const CaseSchema = z.object({
  why: z.string().min(1),
  lang: z.enum(['vi', 'id', 'en']),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  text: z.string().min(1),
  facts: z.array(z.tuple([z.string(), z.string()])),
});

/** The cases of a JSON file of `{why, lang, day, text, facts}` objects (one invented sentence, one form each). */
export function casesFromJson(url: URL): DayCase[] {
  return z
    .array(CaseSchema)
    .parse(JSON.parse(readFileSync(url, 'utf8')))
    .map((c) => [c.lang, c.day, c.text, c.facts]);
}

/** One test per sentence: the date facts (text and value, in order) published at noon +07:00 that day. */
export function itGivesDates(cases: readonly DayCase[]): void {
  it.each(cases.map((c) => [c[2], c] as const))('%s', (_s, [lang, day, text, expected]) => {
    const doc = docFromText(text, { lang, publishedAt: `${day}T12:00:00+07:00` });
    const ex = EXTRACTORS.find((e) => e.type === 'date' && e.lang === lang)!;
    const facts = ex.extract(doc).flatMap((f) => (f.type === 'date' ? [[f.text, f.value]] : []));
    expect(facts).toEqual(expected);
  });
}

/** The fixed reference: Monday 6 September 2021, 17:30 in Vietnam/Indonesia (+07:00). */
const REFERENCE = '2021-09-06T17:30:00+07:00';

/** [text, value, mod?, granularity?, implied?]: what one fact must be; omitted fields are not checked. */
export type Expect = [
  text: string,
  value: string,
  mod?: DateFact['mod'],
  granularity?: DateFact['granularity'],
  implied?: string[],
];
export interface PhraseCase {
  s: string;
  f: Expect[];
}

export type DateDraft = Omit<DateFact, 'id'>;

export function dateFacts(
  ex: Extractor,
  text: string,
  lang: Lang,
  publishedAt: string | null = REFERENCE,
): { facts: DateDraft[]; docText: string } {
  const doc = docFromText(text, { lang, publishedAt });
  const facts = ex.extract(doc).filter((f): f is DateDraft => f.type === 'date');
  return { facts, docText: doc.text };
}

/** Where each expected text should start: its first occurrence after the previous expected one. */
export function expectedStarts(docText: string, f: readonly Expect[]): number[] {
  let from = 0;
  return f.map(([text]) => {
    const at = docText.indexOf(text, from);
    from = at < 0 ? from : at + text.length;
    return at;
  });
}

export interface Score {
  gold: number;
  found: number;
  correct: number;
}

/** A fact is correct when its text, start, value and mod all match a gold fact. */
export function score(cases: readonly PhraseCase[], ex: Extractor, lang: Lang): Score {
  const s: Score = { gold: 0, found: 0, correct: 0 };
  for (const c of cases) {
    const { facts, docText } = dateFacts(ex, c.s, lang);
    const starts = expectedStarts(docText, c.f);
    s.gold += c.f.length;
    s.found += facts.length;
    for (const [i, [text, value, mod]] of c.f.entries()) {
      if (facts.some((f) => f.text === text && f.start === starts[i] && f.value === value && f.mod === (mod ?? null)))
        s.correct++;
    }
  }
  return s;
}

export function add(a: Score, b: Score): Score {
  return { gold: a.gold + b.gold, found: a.found + b.found, correct: a.correct + b.correct };
}

export function pr(s: Score): { precision: number; recall: number; f1: number } {
  const precision = s.found === 0 ? 1 : s.correct / s.found;
  const recall = s.gold === 0 ? 1 : s.correct / s.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
