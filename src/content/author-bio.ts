/**
 * A note on the page's own author closing the article, anchored on the author's name from the page's metadata:
 * "Jane Doe is a producer …", "Barbara McQuade, an NBC News legal analyst, is a professor …", "By Nancy Atkinson -
 * Nancy Atkinson is currently …", "Nguyễn Văn A là phóng viên …". The name opening the line is the evidence, so a
 * bio of a few sentences counts too; a paragraph about someone else never starts with the byline's name.
 */
import { allOf } from '../core/languages/index.js';

const AUTHOR_BIO_MAX = 1000;
/** "Jane Doe, a senior editor at Vox," before the copula: an appositive without a sentence end. */
const APPOSITIVE_MAX = 120;
const COPULAS = new Set(allOf('copulas'));
const LEAD_INS = allOf('bylineLeadIns');

/** The line without a byline repeating the name first ("By Jane Doe - Jane Doe is …"). */
function withoutBylinePrefix(text: string, author: string): string {
  for (const lead of LEAD_INS) {
    const head = `${lead} ${author}`;
    if (text.slice(0, head.length).toLowerCase() !== head.toLowerCase()) continue;
    const rest = /^\s*[-–—|:]\s*/u.exec(text.slice(head.length));
    if (rest) return text.slice(head.length + rest[0].length);
  }
  return text;
}

function followsWithCopula(rest: string): boolean {
  if (rest.startsWith(' ')) return COPULAS.has(rest.slice(1).split(' ')[0] ?? '');
  if (!rest.startsWith(', ')) return false;
  const close = rest.indexOf(', ', 2);
  if (close < 0 || close > APPOSITIVE_MAX || /[.!?]/u.test(rest.slice(2, close))) return false;
  return COPULAS.has(rest.slice(close + 2).split(' ')[0] ?? '');
}

export function isAuthorBio(text: string, authors: readonly string[]): boolean {
  if (text.length > AUTHOR_BIO_MAX) return false;
  return authors.some((a) => {
    if (a.length < 5) return false;
    const line = withoutBylinePrefix(text, a);
    return line.startsWith(a) && followsWithCopula(line.slice(a.length));
  });
}
