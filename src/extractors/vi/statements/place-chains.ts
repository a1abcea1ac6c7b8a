import type { Extractor } from '../../common/extractor.js';
import { wordsRe } from '../../common/pattern/index.js';
import { readRewritten, type Rewrite } from '../../common/statements/reread.js';
import { ADMIN_UNITS, ORG_HEADS, PLACE_HEADS, VERBS } from './constants.js';

/*
 * "lãnh đạo UBND xã Nghĩa Sơn, huyện Nghĩa Hưng, tỉnh Nam Định xác nhận, …", "lãnh đạo Công an phường Tân Biên,
 * TP.Biên Hòa (Đồng Nai) cho biết …": a body, then the district and province it lies in after commas, then the
 * verb. The engine ends the subject at the first comma and finds no speaker. When a sentence opens (after at most
 * two leading clauses without a speech verb) with such a body and its chain of places, and the engine gives that
 * sentence no statement, it is read again with the chain's commas as spaces (same offsets).
 */

const NO_BREAK = '[^,;:"“”«»]';
const LEAD = `(?:${NO_BREAK}{1,60},\\s*){0,2}`;
/** "lãnh đạo UBND xã …", "đại diện Công an phường …": the people who speak for the body may stand before it. */
const FOR_BODY = `(?:${wordsRe(['lãnh đạo', 'Lãnh đạo', 'đại diện', 'Đại diện'])}\\s+)?`;
const BODY = `${FOR_BODY}(?:${wordsRe([...ORG_HEADS, ...PLACE_HEADS])})${NO_BREAK}{1,60}?`;
/** ", huyện Nghĩa Hưng", ", TP.Biên Hòa": an administrative unit and a capitalised place name. */
const PLACE = `,\\s*${wordsRe(ADMIN_UNITS)}\\.?\\s*\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){0,4}`;
const SPEECH = wordsRe(VERBS);
const CHAIN = new RegExp(
  `^(?<lead>${LEAD})${BODY}(?<chain>(?:${PLACE})+)(?:\\s*\\([^()"“”]{1,40}\\))?\\s*(?=${SPEECH})`,
  'ud',
);
const SPEECH_RE = new RegExp(SPEECH, 'u');

/** Offsets (in the sentence) of the chain of places whose commas the engine is given as spaces; null when none. */
export function placeChainSpan(text: string): [number, number] | null {
  const m = CHAIN.exec(text);
  const at = m?.indices?.groups?.['chain'];
  if (!m?.groups || !at || SPEECH_RE.test(m.groups['lead'] ?? '')) return null;
  return [at[0], at[1]];
}

export function withPlaceChains(extractor: Extractor): Extractor {
  return {
    ...extractor,
    extract: (doc) => {
      const found = extractor.extract(doc);
      const rewrites: Rewrite[] = [];
      for (const s of doc.sentences) {
        const span = placeChainSpan(s.text);
        if (!span || found.some((f) => f.type === 'statement' && s.start <= f.start && f.start < s.end)) continue;
        const [from, to] = [s.start + span[0], s.start + span[1]];
        rewrites.push({ start: from, end: to, text: doc.text.slice(from, to).replace(/,/gu, ' '), sentence: { start: s.start, end: s.end } });
      }
      return rewrites.length === 0 ? found : readRewritten(doc, (d) => extractor.extract(d), rewrites);
    },
  };
}
