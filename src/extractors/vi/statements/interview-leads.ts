import type { FactDraft } from '../../../core/index.js';
import type { ExtractDoc, Extractor } from '../../common/extractor.js';
import { INTERVIEW_LEADS } from './constants.js';
import { escapeRe } from '../../common/pattern/index.js';

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

/** The article text with each sentence's opening interview clause replaced by spaces; null when there is none. */
function blankInterviewLeads(doc: ExtractDoc): string | null {
  let text = doc.text;
  let changed = false;
  for (const s of doc.sentences) {
    const m = INTERVIEW.exec(s.text);
    if (!m) continue;
    const from = s.start + m[1]!.length;
    text = text.slice(0, from) + ' '.repeat(m[2]!.length) + text.slice(from + m[2]!.length);
    changed = true;
  }
  return changed ? text : null;
}

export function withoutInterviewLeads(extractor: Extractor): Extractor {
  return {
    ...extractor,
    extract: (doc) => {
      const blanked = blankInterviewLeads(doc);
      if (blanked === null) return extractor.extract(doc);
      const sentences = doc.sentences.map((s) => ({ ...s, text: blanked.slice(s.start, s.end) }));
      const original = new Map(doc.sentences.map((s) => [s.start, s.text]));
      return extractor.extract({ ...doc, text: blanked, sentences }).map((d): FactDraft => {
        const s = doc.sentences.find((x) => x.start <= d.start && d.start < x.end);
        return { ...d, text: doc.text.slice(d.start, d.end), sentence: (s && original.get(s.start)) ?? d.sentence };
      });
    },
  };
}
