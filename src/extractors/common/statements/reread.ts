import type { FactDraft } from '../../../core/index.js';
import type { ExtractDoc, Extractor } from '../extractor.js';

/*
 * A page read again by the engine with a few spans rewritten to a shape it reads (en "X, who said" → "X,     said",
 * vi "trao đổi với Dân Việt," blanked). Each rewrite keeps its span's length, so every offset of the page stays
 * valid; the facts found are given back with the page's own words, in `text` and in `sentence` alike (a feed
 * record quotes the article, never a rewrite).
 */

export interface Rewrite {
  start: number;
  end: number;
  /** Same length as the span it replaces. */
  text: string;
  /** The sentence it stands in. */
  sentence: { start: number; end: number };
}

/** The span start..end of sentence `s` read as spaces. */
export function blank(s: { start: number; end: number }, start: number, end: number): Rewrite {
  return { start, end, text: ' '.repeat(end - start), sentence: { start: s.start, end: s.end } };
}

/**
 * Each sentence's span that `spanIn` finds in its text (offsets within the sentence), read as spaces: an opening
 * clause the engine must not read ("Ngày 30-12, " before "theo …").
 */
export function blankInSentences(spanIn: (text: string) => readonly [number, number] | null): (doc: ExtractDoc) => Rewrite[] {
  return (doc) =>
    doc.sentences.flatMap((s) => {
      const span = spanIn(s.text);
      return span ? [blank(s, s.start + span[0], s.start + span[1])] : [];
    });
}

function rewritten(text: string, rewrites: readonly Rewrite[]): string {
  let out = '';
  let at = 0;
  for (const r of [...rewrites].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at);
}

/** The facts `extract` finds on the page with the rewrites applied, in the page's own words. */
export function readRewritten(
  doc: ExtractDoc,
  extract: (doc: ExtractDoc) => FactDraft[],
  rewrites: readonly Rewrite[],
): FactDraft[] {
  const text = rewritten(doc.text, rewrites);
  const again = extract({
    ...doc,
    text,
    paragraphs: doc.paragraphs.map((p) => ({ ...p, text: text.slice(p.start, p.end) })),
    sentences: doc.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })),
  });
  return again.map((d) => ({ ...d, text: doc.text.slice(d.start, d.end), sentence: originalSentence(doc, text, d) }));
}

/** `extractor` reading every page with the rewrites `rewritesOf` finds there applied (the page as is when none). */
export function rereadWith(extractor: Extractor, rewritesOf: (doc: ExtractDoc) => Rewrite[]): Extractor {
  return {
    ...extractor,
    extract: (doc) => {
      const rewrites = rewritesOf(doc);
      return rewrites.length === 0 ? extractor.extract(doc) : readRewritten(doc, (d) => extractor.extract(d), rewrites);
    },
  };
}

/**
 * `extractor` reading every page once, then again with the rewrites `rewritesOf` finds given what the first read
 * found (a pass that only rewrites sentences the first read gave no speaker); the first read when none.
 */
export function rereadAfter(
  extractor: Extractor,
  rewritesOf: (doc: ExtractDoc, found: FactDraft[]) => Rewrite[],
): Extractor {
  return {
    ...extractor,
    extract: (doc) => {
      const found = extractor.extract(doc);
      const rewrites = rewritesOf(doc, found);
      return rewrites.length === 0 ? found : readRewritten(doc, (d) => extractor.extract(d), rewrites);
    },
  };
}

/** The page's sentence for a fact's sentence read on the rewritten text (same offsets). */
function originalSentence(doc: ExtractDoc, text: string, d: FactDraft): string {
  const s = doc.sentences.find((x) => x.start <= d.start && d.start < x.end);
  if (s && text.slice(s.start, s.end) === d.sentence) return s.text;
  const at = text.indexOf(d.sentence);
  return at < 0 ? d.sentence : doc.text.slice(at, at + d.sentence.length);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
