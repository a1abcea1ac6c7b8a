import { dateParsers, type DateMatch } from '../../common/dates/parser.js';
import { alt, lookup, R, year } from '../../common/dates/pattern.js';
import type { Mention } from '../../common/dates/types.js';
import { MODS, MONTHS, MONTH_ABBREVIATIONS, PARTS_OF_DAY, WEEKDAYS, YEAR_REL } from './constants.js';

/** The English parser kit: the shared base with this language's modifiers and relative years. */
export const EN = dateParsers({ mods: MODS, yearRel: YEAR_REL });

export const MOD = `(?:(?<mod>${alt(Object.keys(MODS))})(?:\\s+|-))?`;
export const MONTH_FULL = alt(Object.keys(MONTHS));
export const MONTH_ANY = `(?:${MONTH_FULL}|(?:${alt(Object.keys(MONTH_ABBREVIATIONS))})\\.?)`;
export const WD = `(?:(?<wd>${alt(WEEKDAYS)})\\s*,?\\s*)?`;
/** "the evening of September 5". */
export const POD_OF = `(?:(?:the\\s+)?(?<pod>${alt(Object.keys(PARTS_OF_DAY))})\\s+of\\s+)?`;
export const ORD = '(?:st|nd|rd|th)?';
/** "July last year", "September 6 this year". */
export const YEAR_REL_AFTER = `(?:\\s+(?<yrel>${alt(Object.keys(YEAR_REL))})\\s+year${R})?`;
/** "6 a.m. on", "3:30 p.m.,", "15:00 on": a clock time before a day. */
const AMPM = '(?:a\\.m\\.|p\\.m\\.|am|pm)';
export const CLOCK =
  `(?:(?<hh>[01]?\\d|2[0-3])(?::(?<mi>[0-5]\\d)|(?=\\s*${AMPM}))\\s*(?<ampm>${AMPM})?\\s*,?\\s+(?:on\\s+)?)?`;
/** "the week of August 23". */
export const WEEK_OF = '(?:(?<weekof>the\\s+week\\s+of)\\s+)?';

/** Month names are capitalised in English; "may" and "march" alone need a preposition ("in May"). */
export function month(word: string | undefined): number | undefined {
  if (word === undefined || word[0] === word[0]!.toLowerCase()) return undefined;
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTH_ABBREVIATIONS[key];
}

/** The clock time before a day: "6 a.m.", "15:00" (CLOCK never takes a bare "6"). */
function clock(g: {
  hh?: string;
  mi?: string;
  ampm?: string;
}): { hour: number; minute: number } | null | undefined {
  if (g.hh === undefined) return undefined;
  const h = Number(g.hh);
  const ampm = g.ampm?.toLowerCase().replace(/\./g, '');
  if (ampm && (h < 1 || h > 12)) return null;
  const hour = ampm === 'pm' && h < 12 ? h + 12 : ampm === 'am' && h === 12 ? 0 : h;
  return { hour, minute: Number(g.mi ?? 0) };
}

const DAY_GROUPS = ['hh', 'mi', 'ampm', 'mod', 'pod', 'weekof', 'wd', 'm', 'd', 'y', 'yrel'] as const;
export type DayMatch = DateMatch<(typeof DAY_GROUPS)[number]>;
export { DAY_GROUPS };

export function day(x: DayMatch): Mention[] {
  const { g } = x;
  const time = clock(g);
  if (time === null) return [];
  const mo = /^\d+$/.test(g.m!) ? Number(g.m) : month(g.m);
  if (mo === undefined || mo < 1 || mo > 12) return [];
  if (g.y && year(g.y) === undefined) return [];
  const pod = lookup(PARTS_OF_DAY, g.pod);
  return [
    x.mention({
      kind: 'abs',
      day: Number(g.d),
      month: mo,
      year: year(g.y),
      ...(pod ? { pod } : {}),
      ...(g.weekof ? { weekOf: true } : {}),
      ...(time ?? {}),
    }),
  ];
}
