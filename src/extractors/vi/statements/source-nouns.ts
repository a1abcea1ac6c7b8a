import type { Extractor } from '../../common/extractor.js';
import { rereadAfter, type Rewrite } from '../../common/statements/reread.js';

/*
 * "Nguồn tin từ Công an huyện X cho hay, …": opening a clause, "nguồn tin từ" (news from) names the body the news
 * comes from, as "thông tin từ" does, but the engine reads "Nguồn tin" as a nameless source's title and the place
 * after the body's head as a person ("X"). Only where it gave such a named "Nguồn tin" is the clause read again with
 * "Thông tin từ" in its place (same length, same case), a source lead the rules take: the body speaks. Where no name
 * came out ("Nguồn tin từ không quân Hàn Quốc cho biết") the nameless source stays, and after another word ("một
 * nguồn tin từ EU") nothing is rewritten.
 */

const LEAD = /(?<=(?:^|[,.:;\n])\s{0,3})([Nn])guồn tin từ(?=\s)/gu;
const SOURCE_TITLE = /^nguồn tin$/iu;

export function withSourceNouns(extractor: Extractor): Extractor {
  return rereadAfter(extractor, (doc, found) => {
    const rewrites: Rewrite[] = [];
    for (const s of doc.sentences) {
      const named = found.some(
        (f) => f.type === 'statement' && s.start <= f.start && f.start < s.end &&
          !!f.speaker.name && SOURCE_TITLE.test(f.speaker.title ?? ''),
      );
      if (!named) continue;
      for (const m of s.text.matchAll(LEAD)) {
        const start = s.start + m.index;
        const text = `${m[1] === 'N' ? 'T' : 't'}hông tin từ`;
        rewrites.push({ start, end: start + m[0].length, text, sentence: { start: s.start, end: s.end } });
      }
    }
    return rewrites;
  });
}
