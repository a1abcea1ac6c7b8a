import { NUM_END, NUM_START } from '../../common/dates/parser.js';
import { alt, lookup, R, wordsBefore, year } from '../../common/dates/pattern.js';
import { monthPair } from '../../common/dates/coordinated.js';
import type { AbsAnchor, DateParser } from '../../common/dates/types.js';
import {
  AMBIGUOUS_MONTHS,
  DATE_PREPOSITIONS,
  MODS,
  MONTH_DIRECTIONS,
  NUMBER_WORDS,
  ORDINAL_QUARTERS,
  SEASONS,
  YEAR_REL,
} from './constants.js';
import {
  CLOCK,
  day,
  DAY_GROUPS,
  EN,
  MOD,
  month,
  MONTH_ANY,
  MONTH_FULL,
  ORD,
  POD_OF,
  WD,
  WEEK_OF,
  YEAR_REL_AFTER,
} from './pieces.js';

const PREPOSITION_BEFORE = wordsBefore(DATE_PREPOSITIONS);

// "September 6", "Sept. 6, 2021", "Monday, September 6th".
const dayMD = EN.parser(DAY_GROUPS, {
  hint: /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\S*\s+\d/,
  pattern:
    `${CLOCK}${MOD}${POD_OF}${WEEK_OF}${WD}(?<m>${MONTH_ANY})\\s+(?<d>[0-3]?\\d)${ORD}(?:\\s*,?\\s*(?<y>\\d{4}` +
    `))?${NUM_END}${YEAR_REL_AFTER}`,
  extract: day,
});
// "6 September 2021", "the 6th of September".
const dayDM = EN.parser(DAY_GROUPS, {
  hint: /\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/,
  pattern:
    `${CLOCK}${MOD}${POD_OF}${WEEK_OF}${WD}(?:the\\s+)?${NUM_START}(?<d>[0-3]?\\d)${ORD}\\s+(?:of\\s+)?(?<m>` +
    `${MONTH_ANY})(?:\\s*,?\\s*(?<y>\\d{4}))?${NUM_END}${YEAR_REL_AFTER}`,
  extract: day,
});

// "in July and August", "early August", "the end of August", "September and October 2021", "last December".
const monthPhrase = EN.parser(['dir', 'mod', 'm', 'y1', 'conn', 'm2', 'y', 'yrel'] as const, {
  hint: /january|february|march|april|may|june|july|august|september|october|november|december/,
  pattern:
    `(?:(?<dir>${alt(Object.keys(MONTH_DIRECTIONS))})\\s+)?${MOD}(?<m>${MONTH_FULL})(?:\\s*,?\\s*(?<y1>\\d{4})` +
    `)?(?:\\s*(?<conn>and|to|through|until|-|–)\\s*(?<m2>${MONTH_FULL}))?(?:\\s*,?\\s*(?<y>\\d{4}))?${NUM_END}` +
    `${YEAR_REL_AFTER}`,
  extract(x) {
    const { g } = x;
    const m1 = month(g.m);
    if (m1 === undefined) return [];
    const y = year(g.y);
    const bare = !g.y1 && !g.y && !g.mod && !g.m2 && !g.dir;
    if (bare && AMBIGUOUS_MONTHS.has(g.m!.toLowerCase()) && !PREPOSITION_BEFORE.test(x.before())) return [];
    const dir = lookup(MONTH_DIRECTIONS, g.dir);
    // "this December" is this year's; "last December", "next January" the one before or after.
    const way = dir === undefined ? {} : dir === 0 ? { yearRel: 0 } : {};
    const tense = dir === -1 || dir === 1 ? { tense: dir, strict: true } : {};
    const first: AbsAnchor = { kind: 'abs', month: m1, year: year(g.y1), ...way };
    if (g.m2 === undefined) return [x.mention({ ...first, year: first.year ?? y }, tense)];
    const m2 = month(g.m2);
    if (m2 === undefined) return [x.mention(first, { end: x.endOf('y1') ?? x.endOf('m')!, ...tense })];
    const second: AbsAnchor = { kind: 'abs', month: m2, year: y };
    const between = /between\s+$/i.test(x.before());
    return monthPair(x, first, second, {
      isRange: g.conn!.toLowerCase() !== 'and' || between,
      firstEnd: x.endOf('y1') ?? x.endOf('m')!,
      secondStart: x.startOf('m2')!,
      extra: tense,
    });
  },
});

const quarter = EN.parser(['mod', 'q', 'y', 'yrel'] as const, {
  hint: /quarter/,
  pattern:
    `${MOD}(?:the\\s+)?(?<q>${alt(Object.keys(ORDINAL_QUARTERS))})[\\s-]+quarter(?:\\s+(?:of\\s+)?(?<y>\\d{4})` +
    `|\\s+of\\s+(?<yrel>${alt(Object.keys(YEAR_REL))})\\s+year)?${NUM_END}`,
  extract: (x) => [x.mention({ kind: 'abs', quarter: lookup(ORDINAL_QUARTERS, x.g.q)!, year: year(x.g.y) })],
});
const quarterShort = EN.parser(['q', 'y'] as const, {
  hint: /q[1-4]/,
  pattern: `q(?<q>[1-4])(?:\\s*(?<y>\\d{4}))?${NUM_END}`,
  extract: (x) => (x.m[0][0] === 'Q' ? [x.mention({ kind: 'abs', quarter: Number(x.g.q), year: year(x.g.y) })] : []),
});

// "in 2020", "early 2021", "mid-2021", "in 1859".
const yearParser = EN.parser(['mod', 'y'] as const, {
  hint: /(?:1[89]|20)\d\d/,
  pattern: `(?:(?<mod>${alt(Object.keys(MODS))})(?:\\s+|-)|${NUM_START})(?<y>(?:1[89]|20)\\d\\d)${NUM_END}`,
  extract(x) {
    const y = year(x.g.y);
    if (y === undefined) return [];
    if (!x.g.mod && !PREPOSITION_BEFORE.test(x.before())) return [];
    return [x.mention({ kind: 'abs', year: y })];
  },
});

// "the first eight months of the year", "the last three months of 2020".
const monthsOfYear = EN.parser(['part', 'n', 'y', 'yrel'] as const, {
  hint: /months\s+of/,
  pattern:
    `(?:the\\s+)?(?<part>first|last)\\s+(?<n>1[01]|[2-9]|` +
    `${alt(Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! > 1))})\\s+months\\s+of\\s+(?:(?<y>\\d{4})|the\\s` +
    `+year|(?<yrel>${alt(Object.keys(YEAR_REL))})\\s+year)${R}`,
  extract(x) {
    const { g } = x;
    const n = /^\d+$/.test(g.n!) ? Number(g.n) : lookup(NUMBER_WORDS, g.n)!;
    const y = year(g.y);
    const first = g.part!.toLowerCase() === 'first';
    const from: AbsAnchor = { kind: 'abs', month: first ? 1 : 13 - n, year: y };
    const to: AbsAnchor = { kind: 'abs', month: first ? n : 12, year: y };
    return [x.mention(from, { to: g.y || g.yrel ? to : { ...to, yearRel: 0 } })];
  },
});

// "the first half of 2021": a span of months (the schema has no half-year granularity).
const half = EN.parser(['part', 'y', 'yrel'] as const, {
  hint: /half\s+of/,
  pattern:
    `(?:the\\s+)?(?<part>first|second)\\s+half\\s+of\\s+(?:(?<y>\\d{4})|the\\s+year|(?<yrel>` +
    `${alt(Object.keys(YEAR_REL))})\\s+year)${R}`,
  extract(x) {
    const h = x.g.part!.toLowerCase() === 'first' ? 1 : 2;
    const y = year(x.g.y);
    const to: AbsAnchor = { kind: 'abs', month: h * 6, year: y };
    return [
      x.mention({ kind: 'abs', month: h * 6 - 5, year: y }, { to: x.g.y || x.g.yrel ? to : { ...to, yearRel: 0 } }),
    ];
  },
});

// "this summer", "last winter", "the summer of 2020", "summer 2021".
const season = EN.parser(['yrel', 's1', 's2', 'y'] as const, {
  hint: /spring|summer|autumn|fall|winter/,
  pattern:
    `(?:(?<yrel>${alt(Object.keys(YEAR_REL))})\\s+(?<s1>${alt(Object.keys(SEASONS))})|(?:the\\s+)?(?<s2>` +
    `${alt(Object.keys(SEASONS))})\\s+(?:of\\s+)?(?<y>\\d{4}))${R}`,
  extract: (x) => [x.mention({ kind: 'abs', season: lookup(SEASONS, x.g.s1 ?? x.g.s2)!, year: year(x.g.y) })],
});

// "from Sept. 8 to 10", "Aug. 4-6, 2025", "between May 3 and 5": a range of days in one month.
const dayRangeMD = EN.parser(['m', 'd1', 'conn', 'd2', 'y'] as const, {
  hint: /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\S*\s+\d{1,2}\S*\s*(?:-|–|to|through|and)\s*\d/,
  pattern:
    `(?:(?:from|between)\\s+)?(?<m>${MONTH_ANY})\\s+(?<d1>[0-3]?\\d)${ORD}\\s*(?<conn>-|–|to|through|and)\\s*` +
    `(?<d2>[0-3]?\\d)${ORD}(?:\\s*,?\\s*(?<y>\\d{4}))?${NUM_END}(?!\\s*(?:${MONTH_ANY}))`,
  extract(x) {
    const { g } = x;
    const mo = month(g.m);
    const d1 = Number(g.d1);
    const d2 = Number(g.d2);
    if (mo === undefined || d1 >= d2 || d2 > 31) return [];
    // "and" is a range only after "between"; "May 3 and 5" lists two days.
    const y = year(g.y);
    const a: AbsAnchor = { kind: 'abs', day: d1, month: mo, year: y, yearShared: y !== undefined };
    const b: AbsAnchor = { kind: 'abs', day: d2, month: mo, year: y };
    if (g.conn === 'and' && !/^between\s/iu.test(x.m[0])) {
      return [
        { start: x.start, end: x.endOf('d1')!, from: a, mod: null },
        { start: x.startOf('d2')!, end: x.end, from: b, mod: null },
      ];
    }
    return [x.mention(a, { to: b })];
  },
});

export const EN_DAY_PARSERS: readonly DateParser[] = [
  dayRangeMD,
  dayMD,
  dayDM,
  EN.isoDay,
  monthPhrase,
  quarter,
  quarterShort,
  yearParser,
  season,
  half,
  monthsOfYear,
];
