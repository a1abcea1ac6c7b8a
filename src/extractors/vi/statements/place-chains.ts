import type { Extractor } from '../../common/extractor.js';
import { wordsRe } from '../../common/pattern/index.js';
import { rereadAfter, type Rewrite } from '../../common/statements/reread.js';
import { ADMIN_UNITS, FAMILY_NAMES, ORG_HEADS, PERSON_HONORIFICS, PLACE_HEADS, RUN_STOPS, VERBS } from './constants.js';

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

/*
 * "Công ty TNHH Thủy lợi Nam Hà Tĩnh, đơn vị vận hành hồ Kẻ Gỗ cho biết, …", "Cơ quan Năng lượng Nguyên tử Quốc tế
 * (IAEA) - đơn vị giám sát hạt nhân của Liên Hợp Quốc, cho biết …": a body, then a lower-case description of it
 * after a comma or a dash that no comma closes, then the verb. The description is read as spaces. One that names a
 * person, another body (a capital after the separator), a speech verb, a word that ends a subject ("và", "với",
 * "được"), a quote or a colon is left alone.
 */
const HEAD = wordsRe(ORG_HEADS);
const BODY_DESCRIPTION = new RegExp(
  `^(?<lead>${LEAD})${HEAD}${NO_BREAK}{1,60}?(?<desc>(?:,|\\s[-–])\\s*\\p{Ll}[^;:"“”«»()]{1,80}?)(?:,\\s*)?(?=${SPEECH})`,
  'ud',
);
/** "… nhận được thông tin", "…, với …, đã trở thành tiếng nói": a word that makes the speech word a noun. */
const RUN_STOP = new RegExp(wordsRe(RUN_STOPS), 'u');
const PERSON_IN = new RegExp(`${wordsRe(PERSON_HONORIFICS)}\\s+\\p{Lu}|${wordsRe(FAMILY_NAMES)}\\s+\\p{Lu}`, 'u');

/** Offsets (in the sentence) of a body's unclosed description, read as spaces; null when none. */
export function bodyDescriptionSpan(text: string): [number, number] | null {
  const m = BODY_DESCRIPTION.exec(text);
  const at = m?.indices?.groups?.['desc'];
  if (!m?.groups || !at) return null;
  const desc = m.groups['desc'] ?? '';
  if (SPEECH_RE.test(m.groups['lead'] ?? '') || SPEECH_RE.test(desc) || PERSON_IN.test(desc) || RUN_STOP.test(desc)) return null;
  if (PERSON_IN.test(text.slice(m.index + m[0].length))) return null;
  return [at[0], m.index + m[0].length];
}

/** Offsets (in the sentence) of the chain of places whose commas the engine is given as spaces; null when none. */
export function placeChainSpan(text: string): [number, number] | null {
  const m = CHAIN.exec(text);
  const at = m?.indices?.groups?.['chain'];
  if (!m?.groups || !at || SPEECH_RE.test(m.groups['lead'] ?? '')) return null;
  return [at[0], at[1]];
}

export function withPlaceChains(extractor: Extractor): Extractor {
  return rereadAfter(extractor, (doc, found) => {
    const rewrites: Rewrite[] = [];
    for (const s of doc.sentences) {
      if (found.some((f) => f.type === 'statement' && s.start <= f.start && f.start < s.end)) continue;
      const chain = placeChainSpan(s.text);
      const body = chain ? null : bodyDescriptionSpan(s.text);
      const span = chain ?? body;
      if (!span) continue;
      const [from, to] = [s.start + span[0], s.start + span[1]];
      const text = chain ? doc.text.slice(from, to).replace(/,/gu, ' ') : ' '.repeat(to - from);
      rewrites.push({ start: from, end: to, text, sentence: { start: s.start, end: s.end } });
    }
    return rewrites;
  });
}
