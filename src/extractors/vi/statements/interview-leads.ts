import type { Extractor } from '../../common/extractor.js';
import { INTERVIEW_LEADS } from './constants.js';
import { escapeRe } from '../../common/pattern/index.js';
import { blankInSentences, rereadWith } from '../../common/statements/reread.js';

/*
 * "Ngày 17/12, trao đổi với Dân Việt, Giám đốc Sở Y tế tỉnh Hải Dương cho biết, …", "Trả lời VnExpress trước đó, ông
 * Nguyễn Văn Nguyên, …, cho rằng …": a clause opening the sentence that names whom the speaker talked to (a paper,
 * a reporter) is never the speaker nor what was said. The engine reads that medium as a name with an appositive and
 * finds no statement; it is given the sentence with the interview clause blanked out (same offsets), and every
 * statement it finds is given back with the article's own words.
 */

const LEAD_WORDS = INTERVIEW_LEADS.map(escapeRe).join('|');
/** Sentence start, or a short lead ("Ngày 17/12, ", "Tuy nhiên, "), then the interview clause up to its comma. */
const INTERVIEW = new RegExp(`^((?:[^,;:"“”«»]{1,30},\\s*)?)((?:${LEAD_WORDS})\\s[^,;:"“”«»!?]{1,60},)(?=\\s)`, 'iu');

export function withoutInterviewLeads(extractor: Extractor): Extractor {
  return rereadWith(
    extractor,
    blankInSentences((text) => {
      const m = INTERVIEW.exec(text);
      return m ? [m[1]!.length, m[1]!.length + m[2]!.length] : null;
    }),
  );
}
