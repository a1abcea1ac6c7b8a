import { dateParsers } from '../../common/dates/parser.js';
import { alt, lookup, num, R } from '../../common/dates/pattern.js';
import type { AbsAnchor, Mention, PartOfDay, Tense } from '../../common/dates/types.js';
import {
  CLOCK_RANGE_JOINERS,
  CLOCK_WORDS,
  DIRECTION_AFTER,
  MODS,
  MONTHS,
  MONTH_ABBREVIATIONS,
  PARTS_OF_DAY,
  YEAR_REL,
  ZONES } from './constants.js';

/** The Indonesian parser kit: the shared base with this language's modifiers and relative years. */
export const ID = dateParsers({ mods: MODS, yearRel: YEAR_REL });

export const MOD = `(?:(?<mod>${alt(Object.keys(MODS))})\\s+)?`;
export const POD = alt(Object.keys(PARTS_OF_DAY));
export const MONTH_FULL = alt(Object.keys(MONTHS));
export const MONTH_ANY = `(?:${MONTH_FULL}|(?:${alt(Object.keys(MONTH_ABBREVIATIONS))})\\.?)`;
const ZONE = alt(Object.keys(ZONES));
/** "6 September tahun lalu", "Juli tahun ini". */
export const YEAR_REL_AFTER = `(?:\\s+tahun\\s+(?<yrel>${alt(Object.keys(YEAR_REL))})${R})?`;
/** "23 Maret lalu", "Desember mendatang": the direction, outside the span. */
export const DIRECTION = `(?:\\s+(?<dir>${alt(Object.keys(DIRECTION_AFTER))})${R})?`;
/** A clock time's zone, then a joiner and the next time: the first end of opening hours ("09.00-21.00"). */
export const CLOCK_RANGE_NEXT =
  `(?:\\s*(?:${ZONE})${R})?\\s*(?:${alt(CLOCK_RANGE_JOINERS)})\\s*(?:sekitar\\s+)?(?:(?:${alt(CLOCK_WORDS)})\\s+)?\\d`;
/** The words opening a clock time after a day or a part of day: " sekitar pukul", ", jam". */
export const TIME_AFTER_START = `\\s*,?\\s*(?:sekitar\\s+)?(?:${alt(CLOCK_WORDS)})\\s+\\d`;
/** ", pukul 15.00 WIB", " sekitar pukul 13.00 WIT" after a day; not the start of opening hours. */
export const TIME_AFTER =
  `(?:\\s*,?\\s*(?:sekitar\\s+)?(?:${alt(CLOCK_WORDS)})\\s+(?<hh>[01]?\\d|2[0-3])[.:](?<mi>[0-5]` +
  `\\d)(?!${CLOCK_RANGE_NEXT})(?:\\s*(?<tz>${ZONE})${R})?)?`;

/** Months are capitalised in Indonesian news; lower case only after "bulan". */
export function month(word: string | undefined, afterBulan = false): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) {
    const n = Number(word);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  if (!afterBulan && word[0] === word[0]!.toLowerCase()) return undefined;
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTH_ABBREVIATIONS[key];
}

export function pod(g: { pod?: string; pod2?: string }): PartOfDay | undefined {
  return lookup(PARTS_OF_DAY, g.pod) ?? lookup(PARTS_OF_DAY, g.pod2);
}

/** The clock time and zone written after a day ("pukul 15.00 WIB"). */
export function withTime(
  anchor: AbsAnchor,
  g: { hh?: string; mi?: string; tz?: string },
): { anchor: AbsAnchor; utcOffset?: string } {
  const hh = num(g.hh);
  if (hh === undefined) return { anchor };
  return { anchor: { ...anchor, hour: hh, minute: num(g.mi) ?? 0 }, utcOffset: lookup(ZONES, g.tz) };
}

/** The direction a phrase writes after it, and its span without that word. */
export function direction(
  x: { input: string; startOf(name: 'dir'): number | undefined },
  word: string | undefined,
): Partial<Mention> {
  const t: Tense | undefined = lookup(DIRECTION_AFTER, word);
  if (t === undefined) return {};
  return { tense: t, end: x.input.slice(0, x.startOf('dir')).trimEnd().length };
}
