import { personKey } from '../../src/extractors/common/statements/person-key.js';
import { foldKey } from '../../src/facts/fold.js';

/*
 * Matching of predicted statements against hand-annotated ones (one item = one sentence group or one page).
 * - content: the gold cue (a short distinctive piece of what was said) is inside the predicted quote, both
 *   ASCII-folded and lower-cased with punctuation dropped; or at least 80% of the cue's words are words of
 *   the quote (quotes trimmed differently by the extractor still match).
 * - speaker: the predicted identity is its key, or personKey(name) when the extractor gives a name without a
 *   key (a lone surname it could not tie to a full name: "said Mr Palmer" → name "Palmer", key null). A named
 *   gold speaker matches when that identity equals the gold key (both through personKey, hyphens as
 *   spaces). A gold speaker without a name (title only, organisation, unnamed source) matches a prediction
 *   without a name and key whose title or organisation shares a word with the gold title or organisation,
 *   or any such prediction when the gold has neither. A prediction of kind "organisation" (the speaker record
 *   may carry a kind) has no person identity: its name counts with its title and organisation words.
 * - per item, gold statements are taken in order; each takes the first unused prediction that matches on
 *   content and speaker ("found"). A gold statement not found, for which some prediction matches on content
 *   but names another speaker, is a "wrong speaker". A prediction that matches no gold statement is false.
 */

export interface GoldStatement {
  speaker: string | null;
  speakerKey: string | null;
  kind: 'person' | 'organisation';
  title: string | null;
  org?: string | null | undefined;
  direct: boolean;
  cue: string;
}

export interface PredictedStatement {
  name: string | null;
  key: string | null;
  title: string | null;
  org: string | null;
  kind?: 'person' | 'organisation' | undefined;
  quote: string;
}

export interface ItemMatch {
  gold: number;
  found: number;
  wrongSpeaker: number;
  predicted: number;
  correct: number;
  /** Gold statements not found with the right speaker, with what was predicted for the same content. */
  misses: Array<{ gold: GoldStatement; got: PredictedStatement | null }>;
  /** Predictions that match no gold statement. */
  extra: PredictedStatement[];
}

const MIN_CUE_SHARE = 0.8;
const STOP_WORDS = new Set(['the', 'of', 'a', 'an', 'and', 'in', 'at', 'for', 'va', 'cua', 'dan', 'di', 'ke', 'dari']);

function words(s: string): string[] {
  return foldKey(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

export function contentMatches(cue: string, quote: string): boolean {
  const cueWords = words(cue);
  const quoteWords = words(quote);
  if (cueWords.length === 0) return false;
  if (` ${quoteWords.join(' ')} `.includes(` ${cueWords.join(' ')} `)) return true;
  const have = new Set(quoteWords);
  return cueWords.filter((w) => have.has(w)).length / cueWords.length >= MIN_CUE_SHARE;
}

export function normalKey(key: string): string {
  return personKey(key).replace(/-/gu, ' ').replace(/\s+/gu, ' ').trim();
}

export function predictedIdentity(pred: PredictedStatement): string | null {
  if (pred.kind === 'organisation') return null;
  const key = pred.key ?? (pred.name ? personKey(pred.name) : null);
  return key ? normalKey(key) : null;
}

export function speakerMatches(gold: GoldStatement, pred: PredictedStatement): boolean {
  const identity = predictedIdentity(pred);
  if (gold.speakerKey) return identity === normalKey(gold.speakerKey);
  if (identity) return false;
  const goldWords = words(`${gold.title ?? ''} ${gold.org ?? ''}`).filter((w) => !STOP_WORDS.has(w));
  if (goldWords.length === 0) return true;
  const orgName = pred.kind === 'organisation' ? (pred.name ?? '') : '';
  const predWords = new Set(words(`${pred.title ?? ''} ${pred.org ?? ''} ${orgName}`));
  return goldWords.some((w) => predWords.has(w));
}

export function matchItem(gold: readonly GoldStatement[], predicted: readonly PredictedStatement[]): ItemMatch {
  const used = new Set<number>();
  const misses: ItemMatch['misses'] = [];
  let found = 0;
  let wrongSpeaker = 0;
  for (const g of gold) {
    const i = predicted.findIndex((p, j) => !used.has(j) && contentMatches(g.cue, p.quote) && speakerMatches(g, p));
    if (i >= 0) {
      used.add(i);
      found++;
      continue;
    }
    const other = predicted.find((p) => contentMatches(g.cue, p.quote)) ?? null;
    if (other) wrongSpeaker++;
    misses.push({ gold: g, got: other });
  }
  const extra = predicted.filter((p, j) => !used.has(j) && !gold.some((g) => contentMatches(g.cue, p.quote)));
  return { gold: gold.length, found, wrongSpeaker, predicted: predicted.length, correct: used.size, misses, extra };
}
