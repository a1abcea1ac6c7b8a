import { alt, L } from '../../common/dates/pattern.js';
import { LAW_NAME_BREAKERS, LAW_NAME_NOUNS } from './constants.js';

const escape = (w: string): string => w.replace(/\s+/gu, '\\s+');
/** The last law noun before a year and the words after it ("Luật Đất đai "); case kept: the noun has a capital. */
const LAW_TAIL_RE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:${LAW_NAME_NOUNS.map(escape).join('|')})(?<tail>(?:\\s+[^\\s\\d.,;:()“”"]+){0,8})\\s+$`,
  'u',
);
const BREAKER_RE = new RegExp(`${L}(?:${alt(LAW_NAME_BREAKERS)})(?![\\p{L}\\p{M}])`, 'iu');

/** True when the text before "năm 2013" ends in a law's name ("Hiến pháp ", "Luật Đất đai "): the year is the name's. */
export function endsInLawName(before: string): boolean {
  const m = LAW_TAIL_RE.exec(before);
  return m !== null && !BREAKER_RE.test(m.groups!.tail ?? '');
}
