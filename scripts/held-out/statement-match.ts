import { personKey } from '../../src/extractors/common/statements/person-key.js';
import { foldKey } from '../../src/facts/fold.js';
import { TITLE_ALIASES as EN_TITLE_ALIASES } from '../../src/extractors/en/statements/constants.js';
import { TITLE_ALIASES as ID_TITLE_ALIASES } from '../../src/extractors/id/statements/constants.js';

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
 * - the judge's view of the output: each prediction on its own, as a reader drawing output statements at random
 *   would judge it. Right speaker: its content is some gold statement's and so is its speaker (a repeat of a
 *   found statement counts too). No name: its content is a named gold statement's and it has no person
 *   identity. Wrong speaker: its content is a gold statement's, with any other speaker. Not a statement: its
 *   content is no gold statement's.
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
  /** Every prediction judged on its own. */
  judged: OutputJudgement;
}

export interface OutputJudgement {
  right: number;
  wrong: number;
  noName: number;
  notStatement: number;
}

const nameless = (p: PredictedStatement): boolean => p.kind !== 'organisation' && predictedIdentity(p) === null;

export function judgeOutput(gold: readonly GoldStatement[], predicted: readonly PredictedStatement[]): OutputJudgement {
  const out: OutputJudgement = { right: 0, wrong: 0, noName: 0, notStatement: 0 };
  for (const p of predicted) {
    const same = gold.filter((g) => contentMatches(g.cue, p.quote));
    if (same.length === 0) out.notStatement++;
    else if (same.some((g) => speakerMatches(g, p))) out.right++;
    else if (nameless(p) && same.some((g) => g.speakerKey !== null)) out.noName++;
    else out.wrong++;
  }
  return out;
}

/**
 * A short title and its canonical form are one title ("Wapres" is "Wakil Presiden", "Menlu" "Menteri Luar
 * Negeri"): the extractor writes the canonical form, an annotator the text's (en and id lists).
 */
const TITLE_ALIAS_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({ ...EN_TITLE_ALIASES, ...ID_TITLE_ALIASES }).map(([k, v]) => [foldKey(k), v]),
);

/** The words of a title, with the canonical form's words when the title is a known short form. */
function titleWords(title: string): string[] {
  const canonical = TITLE_ALIAS_WORDS.get(foldKey(title.trim()));
  return words(canonical ? `${title} ${canonical}` : title);
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
  const goldWords = [...titleWords(gold.title ?? ''), ...words(gold.org ?? '')].filter((w) => !STOP_WORDS.has(w));
  if (goldWords.length === 0) return true;
  const orgName = pred.kind === 'organisation' ? (pred.name ?? '') : '';
  const predWords = new Set([...titleWords(pred.title ?? ''), ...words(`${pred.org ?? ''} ${orgName}`)]);
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
  const correct = used.size;
  const judged = judgeOutput(gold, predicted);
  return { gold: gold.length, found, wrongSpeaker, predicted: predicted.length, correct, misses, extra, judged };
}
