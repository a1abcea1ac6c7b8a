import type { FactDraft } from '../../../core/index.js';
import type { ExtractDoc } from '../../common/extractor.js';
import type { StatementDraft } from './draft.js';

/*
 * A second reading of a page by the engine with a few spans rewritten to a shape it reads ("X, who said" →
 * "X,     said"). Each rewrite keeps its span's length, so every offset of the page stays valid.
 */

export interface Rewrite {
  start: number;
  end: number;
  /** Same length as the span it replaces. */
  text: string;
  /** The sentence it stands in. */
  sentence: { start: number; end: number };
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

/** The statements of the page read again with the rewrites applied (their text taken from the real page). */
export function reread(
  doc: ExtractDoc,
  extract: (doc: ExtractDoc) => FactDraft[],
  rewrites: readonly Rewrite[],
): StatementDraft[] {
  if (rewrites.length === 0) return [];
  const text = rewritten(doc.text, rewrites);
  const again = extract({
    ...doc,
    text,
    paragraphs: doc.paragraphs.map((p) => ({ ...p, text: text.slice(p.start, p.end) })),
    sentences: doc.sentences.map((s) => ({ ...s, text: text.slice(s.start, s.end) })),
  });
  return again
    .filter((d): d is StatementDraft => d.type === 'statement')
    .map((d) => ({ ...d, text: doc.text.slice(d.start, d.end) }));
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
