import type { DetectedLang, Paragraph } from '../../core/index.js';
import type { Sentence } from './extractor.js';

// Words after which a period does not end a sentence (titles, initials, "TP." for Thành phố).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'gov', 'sen', 'rep', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp',
  'tp', 'th.s', 'ts', 'pgs', 'gs', 'bs', 'ths', 'ks', 'ls', 'ông', 'bà', 'tn', 'hcm', 'dkk', 'dll', 'dsb', 'yth',
  'bpk', 'ibu', 'sdr', 'drs', 'ir', 'h', 'hj', 'no', 'u.s', 'u.k', 'e.g', 'i.e', 'lt', 'col', 'sgt', 'capt', 'det',
  'maj', 'brig', 'adm', 'cmdr', 'supt', 'insp', 'rev', 'hon', 'atty', 'gov',
]);
/** Vietnamese academic and medical titles, chained with dots before a name: "GS.TS.", "ThS.BS.", "BS.CK2.". */
const TITLE_CHAIN_PART = new Set([
  'gs', 'pgs', 'ts', 'tskh', 'ths', 'bs', 'ks', 'ls', 'ds', 'ck1', 'ck2', 'cki', 'ckii', 'bscki', 'bsckii', 'bsck1', 'bsck2',
]);
/** "J.C. Chandor", "W. Bush": initials do not end a sentence. */
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

const END = /[.!?…]+["'”’»)]*(?=\s+["'“‘«(]?[\p{Lu}\p{N}])|[.!?…]+["'”’»)]*$/gu;

/** Splits one paragraph into sentences with offsets relative to the paragraph. */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of text.matchAll(END)) {
    const stop = m.index + m[0].length;
    const before = text.slice(start, m.index);
    const lastWord = lastWordOf(before).toLowerCase();
    const single = lastWord.length === 1 && /\p{Lu}/u.test(before.slice(-1));
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(lastWord) || single || INITIALS.test(lastWord) || isTitleChain(lastWord)))
      continue;
    if (stop > start) out.push(trimmed(text, start, stop));
    start = stop;
  }
  if (start < text.length) out.push(trimmed(text, start, text.length));
  return out.filter((s) => s.end > s.start);
}

/** "gs.ts", "bs.ck2": every part a title (a place after one, "tp.hcm", may end a sentence). */
function isTitleChain(word: string): boolean {
  const parts = word.split('.');
  return parts.length > 1 && parts.every((p) => TITLE_CHAIN_PART.has(p));
}

const LAST_WORD = /[\p{L}\p{N}.]+$/u;
/** Longer than any word: the last word is looked for in this tail, not in the whole paragraph so far. */
const TAIL = 64;

/** The letters, digits and dots that end `before` (`[\p{L}\p{N}.]+$`). */
function lastWordOf(before: string): string {
  const tail = before.length > TAIL ? before.slice(-TAIL) : before;
  const m = LAST_WORD.exec(tail);
  // A run that reaches the tail's start (or a surrogate pair it cut) may go on before it.
  if (m && m.index <= 1 && tail !== before) return LAST_WORD.exec(before)?.[0] ?? '';
  return m?.[0] ?? '';
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Every sentence of an article, with offsets into Article.text and its paragraph's language. */
export function articleSentences(text: string, paragraphs: readonly Paragraph[], pageLang: DetectedLang): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, paragraphIndex) => {
    const lang = p.lang === 'und' ? pageLang : p.lang;
    for (const s of splitSentences(text.slice(p.start, p.end))) {
      const start = p.start + s.start;
      const end = p.start + s.end;
      out.push({ text: text.slice(start, end), start, end, lang, paragraphIndex });
    }
  });
  return out;
}
