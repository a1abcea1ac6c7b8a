import { alternation, WORD_START } from '../pattern/index.js';
import type { Anchor, Mention, PartOfDay } from './types.js';

export { WORD_START as L, WORD_END as R, alternation as alt } from '../pattern/index.js';

/** One of the words, ending just before the text being tested: "từ ", "mulai ", "between ". */
export function wordsBefore(words: readonly string[]): RegExp {
  return new RegExp(`${WORD_START}(?:${alternation(words)})\\s+$`, 'iu');
}

/** For text already lower-cased: no `i` flag, which V8 scans much faster on non-ASCII literals. */
export function rxLower(source: string): RegExp {
  return new RegExp(source, 'gu');
}

/**
 * The few characters before `index`, for end-anchored tests ("tỷ lệ 3/4"): an end-anchored regex
 * is tried at every start position, so it must not see the whole sentence.
 */
export function before(s: string, index: number, width = 40): string {
  return s.slice(Math.max(0, index - width), index);
}

/** Looks a word up in a dictionary, folding case and inner spaces. */
export function lookup<T>(dict: Readonly<Record<string, T>>, word: string | undefined): T | undefined {
  if (word === undefined) return undefined;
  return dict[word.toLowerCase().replace(/\s+/g, ' ')];
}

export function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/** A year we trust as written: four digits from 1800 to 2100. */
export function year(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const y = Number(s);
  return y >= 1800 && y <= 2100 ? y : undefined;
}

/** 12-hour clock words: "3h chiều" is 15:00, "15h chiều" stays 15:00. */
export function hour24(h: number, pod: PartOfDay | undefined): number {
  if ((pod === 'AF' || pod === 'EV' || pod === 'NI') && h < 12 && !(pod === 'NI' && h <= 4)) return h + 12;
  return h;
}

/** "ngày 2/9 năm nay", "July last year": the year counted from the publication's, on the span's last end. */
export function withYearRel(m: Mention, yearRel: number | undefined): Mention {
  if (yearRel === undefined) return m;
  const rel = (a: Anchor): Anchor => (a.kind === 'abs' && a.year === undefined ? { ...a, yearRel } : a);
  return m.to ? { ...m, to: rel(m.to) } : { ...m, from: rel(m.from) };
}
