import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/**
 * `franc(text, { only: ['vie', 'ind', 'eng'], minLength })`, same answer, without franc's work that cannot
 * change it: building every language's model at start-up, the top-script scan over 30-odd scripts (skipped
 * when most characters are Latin: scripts share no characters, so no other can then outnumber Latin), the
 * trigram object used as a dictionary, and the distance to models it then filters out. Any other top script
 * has no vi/id/en model, so franc answers `und` there.
 */
const ONLY = ['vie', 'ind', 'eng'];
// franc's limits: the sample it reads, and the distance of a trigram missing from a model.
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;
const LATIN = expressions.Latin!;

/** Three UTF-16 code units as one number (below 2^48): no string per trigram. */
const key = (s: string, i: number): number => (s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1)) * 65536 + s.charCodeAt(i + 2);

/** Trigram → rank, in franc's model order (a duplicate keeps its first rank, as franc's object does). */
const MODELS: ReadonlyArray<readonly [string, ReadonlyMap<number, number>]> = Object.entries(data.Latin ?? {})
  .filter(([lang]) => ONLY.includes(lang))
  .map(([lang, model]) => {
    const trigrams = model.split('|');
    const ranks = new Map<number, number>();
    // A model entry that is not three code units could never equal a text's trigram.
    for (let rank = trigrams.length - 1; rank >= 0; rank--) if (trigrams[rank]!.length === 3) ranks.set(key(trigrams[rank]!, 0), rank);
    return [lang, ranks] as const;
  });
if (MODELS.length !== ONLY.length) throw new Error('franc data lacks a Latin model for vie, ind or eng');

/** Trigram → its rank in each model (in MODELS order; -1 where a model lacks it): one look-up per trigram. */
const RANKS = new Map<number, number[]>();
MODELS.forEach(([, ranks], m) => {
  for (const [trigram, rank] of ranks) {
    let all = RANKS.get(trigram);
    if (!all) RANKS.set(trigram, (all = MODELS.map(() => -1)));
    all[m] = rank;
  }
});

export function francVieIndEng(value: string, minLength: number): string {
  if (value.length < minLength) return 'und';
  const sample = value.slice(0, MAX_LENGTH);
  if (!latinIsTopScript(sample)) return 'und';
  const counts = trigramCounts(sample);
  const distances = MODELS.map(() => 0);
  for (const [trigram, count] of counts) {
    const ranks = RANKS.get(trigram);
    for (let m = 0; m < distances.length; m++) {
      const rank = ranks?.[m] ?? -1;
      // franc compares a trigram's count (not its rank) with the model's rank.
      distances[m]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  let best = 'und';
  let bestDistance = Infinity;
  MODELS.forEach(([lang], m) => {
    if (distances[m]! < bestDistance) {
      best = lang;
      bestDistance = distances[m]!;
    }
  });
  return best;
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  text.replace(re, () => (n++, ''));
  return n;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** `countMatches(text, LATIN)`: without surrogates every match is one code unit, so the removed length counts them. */
function countLatin(text: string): number {
  return SURROGATE.test(text) ? countMatches(text, LATIN) : text.length - text.replace(LATIN, '').length;
}

/** franc's top script (the first with the most matches) is Latin. */
function latinIsTopScript(sample: string): boolean {
  const latin = countLatin(sample);
  if (latin * 2 > sample.length) return true;
  let top = '';
  let topCount = -1;
  for (const [script, re] of Object.entries(expressions)) {
    const count = script === 'Latin' ? latin : countMatches(sample, re);
    if (count > topCount) {
      top = script;
      topCount = count;
    }
  }
  return top === 'Latin';
}

/** trigram-utils' cleaning (punctuation, symbols and digits to spaces, collapsed, lower case), padded. */
function trigramCounts(value: string): Map<number, number> {
  const cleaned = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const t = key(cleaned, i);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}
