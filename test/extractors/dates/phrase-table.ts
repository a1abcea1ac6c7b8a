import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/index.js';
import type { Extractor } from '../../../src/extractors/index.js';
import { dateFacts, expectedStarts, type PhraseCase } from './support.js';
import { extractorRef } from '../../../src/extractors/common/extractor.js';

/** One test per phrase: exactly the expected facts, in order, with text, position, value and mod. */
export function phraseTable(lang: Lang, ex: Extractor, cases: readonly PhraseCase[]): void {
  describe(`${lang}/date phrases`, () => {
    it.each(cases.map((c) => [c.s, c] as const))('%s', (_s, c) => {
      const { facts, docText } = dateFacts(ex, c.s, lang);
      const starts = expectedStarts(docText, c.f);
      expect(facts.map((f) => [f.text, f.value, f.mod])).toEqual(c.f.map(([text, value, mod]) => [text, value, mod ?? null]));
      for (const [i, [text, , , granularity, implied]] of c.f.entries()) {
        const f = facts[i]!;
        expect(starts[i]).toBeGreaterThanOrEqual(0);
        expect(f.start).toBe(starts[i]);
        expect(f.end).toBe(starts[i]! + text.length);
        expect(docText.slice(f.start, f.end)).toBe(f.text);
        expect(f.extractor).toEqual(extractorRef(lang, 'date'));
        if (granularity) expect(f.granularity).toBe(granularity);
        if (implied) expect(f.implied).toEqual(implied);
      }
    });
  });
}

/** Sentences that must give no date fact at all. */
export function negativeTable(lang: Lang, ex: Extractor, sentences: readonly string[]): void {
  describe(`${lang}/date negative cases`, () => {
    it.each(sentences)('%s', (s) => {
      expect(dateFacts(ex, s, lang).facts.map((f) => f.text)).toEqual([]);
    });
  });
}
