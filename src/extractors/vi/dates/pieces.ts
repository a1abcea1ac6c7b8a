import { dateParsers } from '../../common/dates/parser.js';
import { alt, hour24, lookup, num, year } from '../../common/dates/pattern.js';
import type { PartOfDay, Tense } from '../../common/dates/types.js';
import {
  CAPITALISED_ONLY,
  DIRECTION_AFTER,
  LUNAR_MONTH_WORDS,
  MODS,
  MONTH_WORDS,
  PARTS_OF_DAY,
  YEAR_REL,
} from './constants.js';

/** The Vietnamese parser kit: the shared base with this language's modifiers and relative years. */
export const VI = dateParsers({ mods: MODS, yearRel: YEAR_REL });

export const MOD = `(?:(?<mod>${alt(Object.keys(MODS))})\\s+)?`;
export const POD = alt(Object.keys(PARTS_OF_DAY));
export const MONTH = `(?:1[0-2]|0?[1-9]|${alt(Object.keys(MONTH_WORDS))})`;
/** "(theo giờ Việt Nam)" between a clock time and its day: Vietnam's own zone, so the time stays +07:00. */
const VN_ZONE_NOTE = `(?:\\((?:theo\\s+)?giờ\\s+(?:việt\\s+nam|vn|hà\\s+nội)\\)\\s*,?\\s+)?`;
/** "15h", "15 giờ 30", "8:30": a clock time before a day. */
export const TIME =
  `(?:(?<hh>[01]?\\d|2[0-3])\\s*(?:h|giờ|g|:)\\s*(?<mi>[0-5]\\d)?['’]?(?:\\s*phút)?\\s*,?\\s+${VN_ZONE_NOTE})?`;
/** "tháng 9/2021", "tháng 9 năm 2021", "tháng 8.2025" (a dot only glued to the year). */
export const YEAR_SEP = `(?:\\s*(?:/|-|năm|,)\\s*|\\.(?=\\d{4}))`;
/** "ngày 2/9 năm nay", "tháng 3 năm sau". */
export const YEAR_REL_AFTER = `(?:\\s+năm\\s+(?<yrel>${alt(Object.keys(YEAR_REL))})(?![\\p{L}\\p{N}]))?`;
/** "tháng 9 tới", "tháng 8 vừa qua". */
export const DIRECTION = `(?:\\s+(?<dir>${alt(Object.keys(DIRECTION_AFTER))})(?![\\p{L}\\p{N}]))?`;

export function direction(word: string | undefined): { tense?: Tense } {
  const t = lookup(DIRECTION_AFTER, word);
  return t === undefined ? {} : { tense: t };
}

/** A month number or word; "tháng năm" (also "the years") only capitalised. */
export function month(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) {
    const n = Number(word);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (CAPITALISED_ONLY.has(lower) && word[0] === word[0]!.toLowerCase()) return undefined;
  return MONTH_WORDS[lower];
}

/** "tháng Chạp", "tháng Giêng": a lunar month, which gives no calendar value without its year. */
export function isLunarMonth(word: string | undefined): boolean {
  return word !== undefined && LUNAR_MONTH_WORDS.has(word.toLowerCase());
}

/** Adds the clock time and part of day a prefix wrote ("15h chiều", "chiều"). */
export function withTime<T extends { hour?: number; minute?: number; pod?: PartOfDay }>(
  anchor: T,
  g: { hh?: string; mi?: string; pod?: string },
): T {
  const p = lookup(PARTS_OF_DAY, g.pod);
  const hh = num(g.hh);
  if (hh !== undefined) return { ...anchor, hour: hour24(hh, p), minute: num(g.mi) ?? 0 };
  return p ? { ...anchor, pod: p } : anchor;
}

export { year };
