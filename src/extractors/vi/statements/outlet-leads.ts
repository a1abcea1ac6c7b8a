import type { Extractor } from '../../common/extractor.js';
import { wordsRe } from '../../common/pattern/index.js';
import { blankInSentences, rereadWith } from '../../common/statements/reread.js';
import { OUTLET_HEADS, OUTLET_SOURCE_WORDS, PERSON_HONORIFICS, TITLES } from './constants.js';

/*
 * "Theo thông tin từ báo Dân trí, ngày 15/4, ông Mai Văn Khiêm, …, cho biết …": the outlet the report is taken from
 * opens the sentence, and a person named after it speaks. The outlet is never that person nor the speaker; the
 * engine, which reads "theo X," as the source, is given the sentence with the outlet clause blanked out (same
 * offsets). Left alone when no person (an honorific or a title before a capital) follows: "Theo tờ AS, giá …" keeps
 * the outlet as its source.
 */

const NO_BREAK = '[^,;:"“”«»!?]';
const OUTLET = `[Tt]heo\\s+(?:${wordsRe(OUTLET_SOURCE_WORDS)}\\s+${NO_BREAK}{1,50}|${wordsRe(OUTLET_HEADS)}\\s+\\p{Lu}${NO_BREAK}{0,50}),`;
const PERSON = `(?:${wordsRe(PERSON_HONORIFICS)}|${wordsRe(TITLES)})\\s+\\p{Lu}`;
/** A short lead ("Tối 12/9, "), the outlet clause, then at most one short clause before the person. */
const OUTLET_LEAD = new RegExp(
  `^((?:${NO_BREAK}{1,30},\\s*)?)(${OUTLET})(?=\\s*(?:${NO_BREAK}{1,30},\\s*)?${PERSON})`,
  'u',
);

/** Offsets (in the sentence) of an outlet clause before a person who speaks; null when none. */
export function outletLeadSpan(text: string): [number, number] | null {
  const m = OUTLET_LEAD.exec(text);
  return m ? [m[1]!.length, m[1]!.length + m[2]!.length] : null;
}

export function withoutOutletLeads(extractor: Extractor): Extractor {
  return rereadWith(extractor, blankInSentences(outletLeadSpan));
}
