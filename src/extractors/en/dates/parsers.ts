import { alt, before, endOf, L, lookup, R, rx, rxLower, startOf, withYearRel, year } from '../../common/dates/pattern.js';
import type { AbsAnchor, DateGrammar, Mention, RelAnchor } from '../../common/dates/types.js';
import {
  AMBIGUOUS_MONTHS, COORD_WORDS, DATE_PREPOSITIONS, FUTURE_CUES, MODS, MONTHS, MONTH_ABBREVIATIONS,
  NUMBER_WORDS, ORDINAL_QUARTERS, PAIRED_RANGE_START, PARTS_OF_DAY, PAST_CUES, RANGE_START, RANGE_WORDS,
  REL_DAYS, REL_OFFSETS, REL_POD, REL_UNITS, SEASONS, WEEKDAYS, WEEKDAY_OFFSETS, WEEKDAY_PREPOSITIONS,
  YEAR_REL,
} from './constants.js';

const MOD = `(?:(?<mod>${alt(Object.keys(MODS))})(?:\\s+|-))?`;
const MONTH_FULL = alt(Object.keys(MONTHS));
const MONTH_ANY = `(?:${MONTH_FULL}|(?:${alt(Object.keys(MONTH_ABBREVIATIONS))})\\.?)`;
const WD = `(?:(?<wd>${alt(WEEKDAYS)})\\s*,?\\s*)?`;
/** "the evening of September 5". */
const POD_OF = `(?:(?:the\\s+)?(?<pod>${alt(Object.keys(PARTS_OF_DAY))})\\s+of\\s+)?`;
const ORD = '(?:st|nd|rd|th)?';
/** "July last year", "September 6 this year". */
const YEAR_REL_AFTER = `(?:\\s+(?<yrel>${alt(Object.keys(YEAR_REL))})\\s+year${R})?`;
/** "6 a.m. on", "3:30 p.m.,", "15:00 on": a clock time before a day. */
const CLOCK = '(?:(?<hh>[01]?\\d|2[0-3])(?::(?<mi>[0-5]\\d)|(?=\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)))\\s*(?<ampm>a\\.m\\.|p\\.m\\.|am|pm)?\\s*,?\\s+(?:on\\s+)?)?';
/** "the week of August 23". */
const WEEK_OF = '(?:(?<weekof>the\\s+week\\s+of)\\s+)?';
const NUM_END = `(?![\\p{L}\\p{N}]|[/.,:-]\\p{N})`;
const NUM_START = `(?<![\\p{L}\\p{N}/.,:-])`;
const PREPOSITION_BEFORE = new RegExp(`${L}(?:${alt(DATE_PREPOSITIONS)})\\s+$`, 'iu');

/** Month names are capitalised in English; "may" and "march" alone need a preposition ("in May"). */
function month(word: string | undefined): number | undefined {
  if (word === undefined || word[0] === word[0]!.toLowerCase()) return undefined;
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTH_ABBREVIATIONS[key];
}

function mention(m: RegExpExecArray, from: Mention['from'], extra: Partial<Mention> = {}): Mention {
  const base: Mention = { start: m.index, end: m.index + m[0].length, from, mod: lookup(MODS, m.groups?.mod) ?? null, ...extra };
  return withYearRel(base, lookup(YEAR_REL, m.groups?.yrel));
}

// "September 6", "Sept. 6, 2021", "Monday, September 6th".
const DAY_MD = rx(`${L}${CLOCK}${MOD}${POD_OF}${WEEK_OF}${WD}(?<m>${MONTH_ANY})\\s+(?<d>[0-3]?\\d)${ORD}(?:\\s*,?\\s*(?<y>\\d{4}))?${NUM_END}${YEAR_REL_AFTER}`);
// "6 September 2021", "the 6th of September".
const DAY_DM = rx(`${L}${CLOCK}${MOD}${POD_OF}${WEEK_OF}${WD}(?:the\\s+)?${NUM_START}(?<d>[0-3]?\\d)${ORD}\\s+(?:of\\s+)?(?<m>${MONTH_ANY})(?:\\s*,?\\s*(?<y>\\d{4}))?${NUM_END}${YEAR_REL_AFTER}`);
const DAY_ISO = rx(`${NUM_START}(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)${NUM_END}`);
// "in July and August", "early August", "mid-August", "the end of August", "September and October 2021".
const MONTH_PHRASE = rx(
  `${L}${MOD}(?<m>${MONTH_FULL})(?:\\s*,?\\s*(?<y1>\\d{4}))?(?:\\s*(?<conn>and|to|through|until|-|–)\\s*(?<m2>${MONTH_FULL}))?(?:\\s*,?\\s*(?<y>\\d{4}))?${NUM_END}${YEAR_REL_AFTER}`,
);
const QUARTER = rx(
  `${L}${MOD}(?:the\\s+)?(?<q>${alt(Object.keys(ORDINAL_QUARTERS))})[\\s-]+quarter(?:\\s+(?:of\\s+)?(?<y>\\d{4})|\\s+of\\s+(?<yrel>${alt(Object.keys(YEAR_REL))})\\s+year)?${NUM_END}`,
);
const QUARTER_SHORT = rx(`${L}q(?<q>[1-4])(?:\\s*(?<y>\\d{4}))?${NUM_END}`);
// "in 2020", "early 2021", "mid-2021".
const YEAR = rx(`${L}(?:(?<mod>${alt(Object.keys(MODS))})(?:\\s+|-)|${NUM_START})(?<y>(?:19|20)\\d\\d)${NUM_END}`);
const REL_UNIT = rx(`${L}(?<!the\\s+)${MOD}(?<off>${alt(Object.keys(REL_OFFSETS))})\\s+(?<unit>${alt(Object.keys(REL_UNITS))})${R}(?!\\s+of|'s|’s)`);
// "the end of the year", "the beginning of the month".
const REL_UNIT_PART = rx(`${L}(?<mod>${alt(Object.keys(MODS).filter((k) => k.startsWith('the ')))})\\s+the\\s+(?<unit>${alt(Object.keys(REL_UNITS))})${R}`);
// "the first eight months of the year", "the last three months of 2020".
const MONTHS_OF_YEAR = rx(
  `${L}(?:the\\s+)?(?<part>first|last)\\s+(?<n>1[01]|[2-9]|${alt(Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! > 1))})\\s+months\\s+of\\s+(?:(?<y>\\d{4})|the\\s+year|(?<yrel>${alt(Object.keys(YEAR_REL))})\\s+year)${R}`,
);
// "the first half of 2021": a span of months (the schema has no half-year granularity).
const HALF = rx(`${L}(?:the\\s+)?(?<part>first|second)\\s+half\\s+of\\s+(?:(?<y>\\d{4})|the\\s+year|(?<yrel>${alt(Object.keys(YEAR_REL))})\\s+year)${R}`);
// "this summer", "last winter", "the summer of 2020", "summer 2021".
const SEASON = rx(
  `${L}(?:(?<yrel>${alt(Object.keys(YEAR_REL))})\\s+(?<s1>${alt(Object.keys(SEASONS))})|(?:the\\s+)?(?<s2>${alt(Object.keys(SEASONS))})\\s+(?:of\\s+)?(?<y>\\d{4}))${R}`,
);
// "on Tuesday", "last Friday", "Monday morning".
const WEEKDAY = rx(`${L}(?:(?<off>last|next|this|coming)\\s+)?(?<wd>${alt(WEEKDAYS)})(?:\\s+(?<pod>${alt(Object.keys(PARTS_OF_DAY))}))?${R}`);
const WEEKDAY_BEFORE = new RegExp(`${L}(?:${alt(WEEKDAY_PREPOSITIONS)})\\s+$`, 'iu');
// "two weeks ago", "3 days ago".
const AGO = rx(`${L}(?<n>\\d{1,2}|${alt(Object.keys(NUMBER_WORDS))})\\s+(?<unit>day|${alt(Object.keys(REL_UNITS))})s?\\s+ago${R}`);
const REL_DAY = rx(`${L}(?<rel>${alt(Object.keys(REL_DAYS))})(?:\\s+(?<pod>${alt(Object.keys(PARTS_OF_DAY))}))?${R}`);
const REL_POD_PHRASE = rx(`${L}(?<rel>this|last)\\s+(?<pod>${alt(Object.keys(PARTS_OF_DAY))})${R}`);

/** The clock time before a day: "6 a.m.", "15:00" (CLOCK never takes a bare "6"). */
function clock(g: Record<string, string | undefined>): { hour: number; minute: number } | null | undefined {
  if (g.hh === undefined) return undefined;
  const h = Number(g.hh);
  const ampm = g.ampm?.toLowerCase().replace(/\./g, '');
  if (ampm && (h < 1 || h > 12)) return null;
  const hour = ampm === 'pm' && h < 12 ? h + 12 : ampm === 'am' && h === 12 ? 0 : h;
  return { hour, minute: Number(g.mi ?? 0) };
}

function day(m: RegExpExecArray): Mention[] {
  const g = m.groups!;
  const time = clock(g);
  if (time === null) return [];
  const mo = /^\d+$/.test(g.m!) ? Number(g.m) : month(g.m);
  if (mo === undefined || mo < 1 || mo > 12) return [];
  if (g.y && year(g.y) === undefined) return [];
  const pod = lookup(PARTS_OF_DAY, g.pod);
  return [mention(m, { kind: 'abs', day: Number(g.d), month: mo, year: year(g.y), ...(pod ? { pod } : {}), ...(g.weekof ? { weekOf: true } : {}), ...(time ?? {}) })];
}

function monthPhrase(m: RegExpExecArray): Mention[] {
  const g = m.groups!;
  const m1 = month(g.m);
  if (m1 === undefined) return [];
  const y = year(g.y);
  const bare = !g.y1 && !g.y && !g.mod && !g.m2;
  if (bare && AMBIGUOUS_MONTHS.has(g.m!.toLowerCase()) && !PREPOSITION_BEFORE.test(before(m.input, m.index))) return [];
  const first: AbsAnchor = { kind: 'abs', month: m1, year: year(g.y1) };
  if (g.m2 === undefined) return [mention(m, { ...first, year: first.year ?? y })];
  const m2 = month(g.m2);
  if (m2 === undefined) return [mention(m, first, { end: endOf(m, 'y1') ?? endOf(m, 'm')! })];
  const second: AbsAnchor = { kind: 'abs', month: m2, year: y };
  const between = /between\s+$/i.test(before(m.input, m.index));
  const isRange = g.conn!.toLowerCase() !== 'and' || between;
  if (isRange || m2 === (m1 % 12) + 1) return [mention(m, first, { to: second })];
  const wraps = m1 > m2;
  return [
    { ...mention(m, first.year !== undefined || y === undefined ? first : { ...first, year: wraps ? y - 1 : y, yearShared: true }), end: endOf(m, 'y1') ?? endOf(m, 'm')! },
    { start: startOf(m, 'm2')!, end: m.index + m[0].length, from: second, mod: null },
  ];
}

function relDay(dict: Readonly<Record<string, number>>) {
  return (m: RegExpExecArray): Mention[] => {
    const rel = m.groups!.rel!.toLowerCase();
    const p = lookup(PARTS_OF_DAY, m.groups?.pod) ?? (rel === 'tonight' ? 'NI' : undefined);
    const anchor: RelAnchor = { kind: 'rel', unit: 'day', offset: lookup(dict, rel)! };
    return [mention(m, p ? { ...anchor, pod: p } : anchor)];
  };
}

export const EN_GRAMMAR: DateGrammar = {
  parsers: [
    { hint: /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\S*\s+\d/, re: DAY_MD, parse: day },
    { hint: /\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/, re: DAY_DM, parse: day },
    { hint: /\d{4}-\d\d-\d\d/, re: DAY_ISO, parse: day },
    { hint: /january|february|march|april|may|june|july|august|september|october|november|december/, re: MONTH_PHRASE, parse: monthPhrase },
    { hint: /quarter/, re: QUARTER, parse: (m) => [mention(m, { kind: 'abs', quarter: lookup(ORDINAL_QUARTERS, m.groups!.q)!, year: year(m.groups!.y) })] },
    {
      hint: /q[1-4]/,
      re: QUARTER_SHORT,
      parse: (m) => (m[0][0] === 'Q' ? [mention(m, { kind: 'abs', quarter: Number(m.groups!.q), year: year(m.groups!.y) })] : []),
    },
    {
      hint: /(?:19|20)\d\d/,
      re: YEAR,
      parse(m) {
        const y = year(m.groups!.y);
        if (y === undefined) return [];
        if (!m.groups!.mod && !PREPOSITION_BEFORE.test(before(m.input, m.index))) return [];
        return [mention(m, { kind: 'abs', year: y })];
      },
    },
    {
      hint: /(?:last|previous|this|current|next|coming)\s+(?:week|month|quarter|year)/,
      re: REL_UNIT,
      parse: (m) => [mention(m, { kind: 'rel', unit: lookup(REL_UNITS, m.groups!.unit)!, offset: lookup(REL_OFFSETS, m.groups!.off)! })],
    },
    { hint: /of\s+the\s+(?:week|month|quarter|year)/, re: REL_UNIT_PART, parse: (m) => [mention(m, { kind: 'rel', unit: lookup(REL_UNITS, m.groups!.unit)!, offset: 0 })] },
    {
      hint: /spring|summer|autumn|fall|winter/,
      re: SEASON,
      parse(m) {
        const g = m.groups!;
        const season = lookup(SEASONS, g.s1 ?? g.s2)!;
        return [mention(m, { kind: 'abs', season, year: year(g.y) })];
      },
    },
    {
      hint: /half\s+of/,
      re: HALF,
      parse(m) {
        const g = m.groups!;
        const half = g.part!.toLowerCase() === 'first' ? 1 : 2;
        const y = year(g.y);
        const to: AbsAnchor = { kind: 'abs', month: half * 6, year: y };
        return [mention(m, { kind: 'abs', month: half * 6 - 5, year: y }, { to: g.y || g.yrel ? to : { ...to, yearRel: 0 } })];
      },
    },
    {
      hint: /months\s+of/,
      re: MONTHS_OF_YEAR,
      parse(m) {
        const g = m.groups!;
        const n = /^\d+$/.test(g.n!) ? Number(g.n) : lookup(NUMBER_WORDS, g.n)!;
        const y = year(g.y);
        const first = g.part!.toLowerCase() === 'first';
        const from: AbsAnchor = { kind: 'abs', month: first ? 1 : 13 - n, year: y };
        const to: AbsAnchor = { kind: 'abs', month: first ? n : 12, year: y };
        return [mention(m, from, { to: g.y || g.yrel ? to : { ...to, yearRel: 0 } })];
      },
    },
    {
      hint: / ago/,
      re: AGO,
      parse(m) {
        const g = m.groups!;
        const n = /^\d+$/.test(g.n!) ? Number(g.n) : lookup(NUMBER_WORDS, g.n)!;
        const unit = g.unit!.toLowerCase() === 'day' ? 'day' : lookup(REL_UNITS, g.unit)!;
        return n > 0 ? [mention(m, { kind: 'rel', unit, offset: -n })] : [];
      },
    },
    {
      hint: /day(?![\p{L}\p{N}])/u,
      re: WEEKDAY,
      parse(m) {
        const g = m.groups!;
        if (g.wd![0] === g.wd![0]!.toLowerCase()) return [];
        if (!g.off && !g.pod && !WEEKDAY_BEFORE.test(before(m.input, m.index))) return [];
        const offset = lookup(WEEKDAY_OFFSETS, g.off) ?? 0;
        const pod = lookup(PARTS_OF_DAY, g.pod);
        return [mention(m, { kind: 'weekday', weekday: WEEKDAYS.indexOf(g.wd!.toLowerCase()) + 1, offset, ...(pod ? { pod } : {}) })];
      },
    },
    { hint: /today|yesterday|tomorrow|tonight/, re: REL_DAY, parse: relDay(REL_DAYS) },
    { hint: /(?:this|last)\s+(?:morning|noon|afternoon|evening|night)/, re: REL_POD_PHRASE, parse: relDay(REL_POD) },
  ],
  rangeBetween: new RegExp(`^\\s*(?:${alt(RANGE_WORDS)})\\s*$`, 'iu'),
  coordBetween: new RegExp(`^\\s*(?:${alt(COORD_WORDS)})\\s*$`, 'iu'),
  rangeBefore: new RegExp(`${L}(?:${alt(RANGE_START)})\\s+$`, 'iu'),
  pairedRange: new RegExp(`${L}(?:${alt(PAIRED_RANGE_START)})\\s+$`, 'iu'),
  pastCues: rxLower(`${L}(?:${alt(PAST_CUES)})${R}`),
  futureCues: rxLower(`${L}(?:${alt(FUTURE_CUES)})${R}`),
};
