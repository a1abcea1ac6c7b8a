/**
 * Scores main-text extraction on a held-out page set: token F1 against a full expected text (per page,
 * averaged), trafilatura-style "with"/"without" snippets (pooled), and leak lines that must never appear.
 */
import { z } from 'zod';
import { tokenScores } from '../../src/facts/eval.js';

export const PageRow = z.object({
  id: z.string(),
  url: z.string(),
  /** The page bytes (gzip or plain), relative to the set's folder. */
  file: z.string(),
  expected: z.string().optional(),
  with: z.array(z.string()).optional(),
  without: z.array(z.string()).optional(),
  /** Lines (captions, counters, datelines, widgets) that must never be in the text. */
  leaks: z.array(z.string()).optional(),
  /** Where the page comes from: repository, commit, path. */
  source: z.object({ repo: z.string(), commit: z.string(), path: z.string() }).optional(),
});
export type PageRow = z.infer<typeof PageRow>;

export interface PageScore {
  id: string;
  /** Token precision, recall and F1 against `expected` (absent without one). */
  tokens?: { p: number; r: number; f1: number };
  snippets: { tp: number; fn: number; fp: number; tn: number; missed: string[]; leaked: string[] };
  leaks: string[];
}

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

export { tokenScores };

export function scorePage(row: PageRow, text: string): PageScore {
  const t = norm(text);
  const missed = (row.with ?? []).filter((s) => !t.includes(norm(s)));
  const leaked = (row.without ?? []).filter((s) => t.includes(norm(s)));
  return {
    id: row.id,
    ...(row.expected !== undefined ? { tokens: tokenScores(text, row.expected) } : {}),
    snippets: {
      tp: (row.with?.length ?? 0) - missed.length,
      fn: missed.length,
      fp: leaked.length,
      tn: (row.without?.length ?? 0) - leaked.length,
      missed,
      leaked,
    },
    leaks: (row.leaks ?? []).filter((s) => t.includes(norm(s))),
  };
}

export interface SetScore {
  pages: number;
  /** Mean of per-page token scores over the pages with an expected text. */
  tokens: { pages: number; p: number; r: number; f1: number } | null;
  /** Pooled snippet counts over the pages with snippets. */
  snippets: { p: number; r: number; f1: number } | null;
  leaks: number;
  pagesWithLeaks: number;
}

export function aggregate(scores: readonly PageScore[]): SetScore {
  const withTokens = scores.flatMap((s) => (s.tokens ? [s.tokens] : []));
  const mean = (k: 'p' | 'r' | 'f1') => withTokens.reduce((n, t) => n + t[k], 0) / withTokens.length;
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const s of scores) {
    tp += s.snippets.tp;
    fn += s.snippets.fn;
    fp += s.snippets.fp;
  }
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    pages: scores.length,
    tokens: withTokens.length > 0 ? { pages: withTokens.length, p: mean('p'), r: mean('r'), f1: mean('f1') } : null,
    snippets: tp + fn + fp > 0 ? { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) } : null,
    leaks: scores.reduce((n, s) => n + s.leaks.length, 0),
    pagesWithLeaks: scores.filter((s) => s.leaks.length > 0).length,
  };
}
