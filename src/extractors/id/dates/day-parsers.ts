import { NUM_END, NUM_START, type DateMatch } from '../../common/dates/parser.js';
import { alt, L, lookup, R, wordsBefore, year } from '../../common/dates/pattern.js';
import { monthPair } from '../../common/dates/coordinated.js';
import type { AbsAnchor, DateParser, Mention } from '../../common/dates/types.js';
import {
  CLOCK_RANGE_JOINERS,
  CLOCK_WORDS,
  DAY_LEADS,
  HALVES,
  MONTH_FOLLOWERS,
  MONTH_PREPOSITIONS,
  NUMBER_WORDS,
  PERSON_LEADS,
  QUARTER_WORDS,
  RANGE_START,
  REGULATION_WORDS,
  SCHOOL_TERM_LEADS,
  STATISTIC_NOUNS,
  TERM_HOLDERS,
  UNAMBIGUOUS_MONTHS,
  WEEKDAYS,
  YEAR_PREPOSITIONS,
  YEAR_REL,
  ZONES,
} from './constants.js';
import {
  CLOCK_RANGE_NEXT,
  direction,
  DIRECTION,
  ID,
  MOD,
  month,
  MONTH_ANY,
  MONTH_FULL,
  POD,
  pod,
  TIME_AFTER,
  TIME_AFTER_START,
  withTime,
  YEAR_REL_AFTER,
} from './pieces.js';

/** "Rabu (18/2/2026)", and an editor's "Rabu [18/2]" inside a quotation. */
const WD = `(?:(?:hari\\s+)?(?<wd>${alt(WEEKDAYS)})(?:\\s+(?<pod>${POD}))?\\s*(?:,?\\s*(?<open>[([])|,)?\\s*)?`;
const CLOSE = '(?<close>\\s*[)\\]])?';
/** A part of day set off by a comma ends its clause or comes before the time: "Sabtu (5/8), petang.", not "…, malam itu". */
const POD_AFTER_COMMA = `\\s*,\\s*(?=(?:${POD})${R}(?:\\s+hari${R})?(?:\\s*(?:[.,;:!?)"”]|$)|${TIME_AFTER_START}))`;
/** "Rabu (8/9/2021) pagi", "Sabtu (5/8), petang". */
const POD_AFTER = `(?:(?:\\s+|${POD_AFTER_COMMA})(?<pod2>${POD})${R})?`;
const MONTH_BEFORE_RE = wordsBefore(MONTH_PREPOSITIONS);
const STATISTIC_BEFORE_RE = wordsBefore(STATISTIC_NOUNS);
/** "dibandingkan Januari": a lower-case word just before; "Universitas Sebelas Maret", "Revolusi Oktober" are names. */
const LOWER_WORD_BEFORE_RE = /(?:^|[^\p{L}])\p{Ll}+\s+$/u;
const NAME_AFTER_RE = /^\s+\p{Lu}/u;

/** A month name alone that can only be a month: not a given name, after a lower-case word, no name following. */
function plainMonth(word: string, before: string, after: string): boolean {
  return UNAMBIGUOUS_MONTHS.includes(word.toLowerCase()) && LOWER_WORD_BEFORE_RE.test(before) && !NAME_AFTER_RE.test(after);
}
const PERSON_LEAD_BEFORE_RE = wordsBefore(PERSON_LEADS);
/** A month closing its clause, or before "atau" and another month ("rampung April atau Mei"). */
const MONTH_CLAUSE_END_RE = new RegExp(`^(?:\\s*(?:[.,;:!?)"”]|$)|\\s+atau\\s+(?:${MONTH_FULL})${R})`, 'iu');

/**
 * A month that is also a given name, alone after a lower-case word: a month only where its clause ends (or an
 * alternative month follows) and no word that introduces a person stands before it ("dirampungkan April.", not
 * "ujar Juni.").
 */
function clauseEndMonth(before: string, after: string): boolean {
  return LOWER_WORD_BEFORE_RE.test(before) && MONTH_CLAUSE_END_RE.test(after) && !PERSON_LEAD_BEFORE_RE.test(before);
}
const MONTH_AFTER_RE = new RegExp(`^\\s+(?:${alt(MONTH_FOLLOWERS)})${R}`, 'iu');
/**
 * "selama Januari tercatat 84.062, Februari 81.224, dan Maret …": a later month of a list whose items give figures
 * ("bertemu Mei, Juni, dan Agus" lists names).
 */
const MONTH_LIST_BEFORE_RE = new RegExp(
  `${L}(?:${MONTH_FULL})\\s(?:[^.;:!?(),]|(?<=\\d)[.,](?=\\d)){0,30}\\d(?:[^.;:!?(),]|(?<=\\d)[.,](?=\\d)){0,10},\\s*$`,
  'iu',
);
const REGULATION_BEFORE_RE = new RegExp(`${L}(?:${alt(REGULATION_WORDS)})\\s*\\d+[a-z]?\\s+$`, 'iu');
const YEAR_BEFORE_RE = wordsBefore(YEAR_PREPOSITIONS);
/** A term holder, then up to three capitalised words (its place or name), before a bare year span: "Gubernur-Wagub Jatim 2019-2024", "DPR RI 2019-2024". */
const TERM_HOLDER_BEFORE_RE = new RegExp(
  `${L}(?:${alt(TERM_HOLDERS.flatMap((w) => [w, w.replace(/(^|\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase())]))})(?:[\\s-]+\\p{Lu}[\\p{L}\\p{M}.]*){0,3}\\s+$`,
  'u',
);
const YEAR_DIGITS = '(?:1[89]|20)\\d\\d';
/** "di 2015 dan 2016", "pada 2002, 2003 dan 2005": a later year of a list takes the first one's preposition. */
const YEAR_LIST_BEFORE_RE = new RegExp(
  `${L}(?:${alt(YEAR_PREPOSITIONS)})\\s+${YEAR_DIGITS}(?:\\s*,\\s*${YEAR_DIGITS})*\\s*(?:,|dan|atau)\\s+$`,
  'iu',
);
/** After "di" a four-digit number is a year only at a clause's end or before a joiner ("di 2000 lokasi" is a count). */
const DI_BEFORE_RE = /(?:^|[^\p{L}])di\s+$/iu;
const YEAR_END_AFTER_RE = new RegExp(`^(?:\\s*[.,;:)]|\\s*$|\\s+(?:dan|hingga|sampai|lalu|silam|ini)${R})`, 'iu');
const YEAR_LALU_AFTER_RE = new RegExp(`^\\s+lalu${R}`, 'iu');
const SAME_PERIOD_BEFORE_RE = new RegExp(`${L}sama\\s+(?:di\\s+)?$`, 'iu');

const DAY_GROUPS = [
  'wd',
  'pod',
  'open',
  'lead',
  'd',
  'sep',
  'm',
  'y',
  'yrel',
  'dir',
  'close',
  'pod2',
  'hh',
  'mi',
  'tz',
] as const;
type DayMatch = DateMatch<(typeof DAY_GROUPS)[number]>;

function dayMention(x: DayMatch): Mention[] {
  const { g } = x;
  if (g.open && !g.close) return [];
  if (g.open && g.close && (g.open === '[') !== g.close.trimStart().startsWith(']')) return [];
  // A ")" closing someone else's parenthesis ("kemarin (5/9/2021)") stays out of the span; before a part of day or a
  // time, one whose "(" stands right before the day closes the day's own bracket ("Stadion Maguwoharjo (17/5/2025)
  // malam").
  const ownBracket = Boolean(g.close && !g.open && (g.pod2 || g.hh)) && OPEN_BEFORE_RE.test(x.before());
  const unopened = g.close && !g.open && !ownBracket ? g.close.length : 0;
  const mo = month(g.m, true);
  if (mo === undefined || (g.y && year(g.y) === undefined)) return [];
  const p = pod(g);
  const { anchor, utcOffset } = withTime(
    { kind: 'abs', day: Number(g.d), month: mo, year: year(g.y), ...(p ? { pod: p } : {}) },
    g,
  );
  if (unopened && (g.pod2 || g.hh)) return [];
  const dir = g.hh || g.pod2 || g.close ? { ...direction(x, g.dir), end: undefined } : direction(x, g.dir);
  const end = unopened ? { end: x.endOf('close')! - unopened } : dir.end !== undefined ? { end: dir.end } : {};
  return [
    x.mention(anchor, {
      ...(utcOffset ? { utcOffset } : {}),
      ...(dir.tense !== undefined ? { tense: dir.tense } : {}),
      ...end,
    }),
  ];
}

// "6 September 2021", "Senin, 6 September 2021 pukul 15.00 WIB", "tanggal 6 Sept", "15 Agustus lalu".
const dayNamed = ID.parser(DAY_GROUPS, {
  hint: /\d[\s-]+\p{L}/u,
  pattern:
    `${WD}(?:(?<lead>${alt(DAY_LEADS)})\\s+)?${NUM_START}(?<d>[0-3]?\\d)(?:\\s+|-)(?<m>${MONTH_ANY})(?:\\s*,?\\s` +
    `*(?<y>\\d{4}))?${NUM_END}${YEAR_REL_AFTER}${DIRECTION}${CLOSE}${POD_AFTER}${TIME_AFTER}`,
  extract: dayMention,
});

const OPEN_BEFORE_RE = /[([]\s*$/u;
const CLAUSE_END_AFTER_RE = /^\s*(?:[.,;:]|$)/u;

/** "Makassar (5/1) dan Medan (6/1)": the next item of a list of places, each with its day in brackets. */
const BRACKETED_DAY_NEXT_RE = /^\s+(?:dan|serta|atau)\s+[^()\d]{0,40}\(\s*[0-3]?\d\/[01]?\d(?:\/\d{4})?\s*\)/u;

function bracketedAlone(x: DayMatch): boolean {
  if (!x.g.close || !OPEN_BEFORE_RE.test(x.before())) return false;
  return CLAUSE_END_AFTER_RE.test(x.after()) || BRACKETED_DAY_NEXT_RE.test(x.after());
}

// "Senin (6/9/2021)", "6/9/2021", "tanggal 6/9".
const dayNumeric = ID.parser(DAY_GROUPS, {
  hint: /\d[/.-]\d/,
  pattern:
    `${WD}(?:(?<lead>${alt(DAY_LEADS)})\\s+)?${NUM_START}(?<d>[0-3]?\\d)(?<sep>[/.-])(?<m>[01]?\\d)(?:\\k<sep>(?` +
    `<y>\\d{4}))?${NUM_END}${CLOSE}${DIRECTION}${POD_AFTER}${TIME_AFTER}`,
  extract(x) {
    const { g } = x;
    if (g.sep !== '/' && !g.y) return [];
    // A bare "6/9" is too often a ratio in Indonesian text: it needs a year, "tanggal" or a weekday, or
    // brackets of its own closing a clause ("seminar … Pra SD (24/5).").
    if (!g.y && !g.lead && !g.wd && !bracketedAlone(x)) return [];
    return dayMention(x);
  },
});

/** "Nomor 2-10/5/2026", "bernomor 2-10/5/2026": a document's number. */
const NUMBER_WORD_BEFORE_RE = /(?:^|[^\p{L}])(?:nomor|bernomor|no\.?)\s*$/iu;

// "9-10/5/2026", "Sabtu-Minggu (9-10/5/2026)", "Jumat-Minggu (22-24/5)": a span of days in figures, as detik writes
// weekends. Without a year it needs the weekday span and its bracket ("9-10/5" alone may be a score and a ratio).
const numericDayRange = ID.parser(['wd1', 'open', 'd1', 'd2', 'm', 'y', 'close'] as const, {
  hint: /\d\s*[-–—]\s*\d{1,2}\//u,
  pattern:
    `(?:(?<wd1>${alt(WEEKDAYS)})\\s*[-–—]\\s*(?:${alt(WEEKDAYS)})\\s*(?<open>\\()\\s*)?${NUM_START}(?<d1>[0-3]?\\d)\\s*[-–—]\\s*(?<d2>` +
    `[0-3]?\\d)/(?<m>[01]?\\d)(?:/(?<y>\\d{4}))?${NUM_END}(?<close>\\s*\\))?`,
  extract(x) {
    const { g } = x;
    const mo = month(g.m);
    const y = year(g.y);
    const d1 = Number(g.d1);
    const d2 = Number(g.d2);
    if (mo === undefined || d1 >= d2 || d2 > 31 || (g.y && y === undefined)) return [];
    if (!y && !(g.wd1 && g.open && g.close)) return [];
    if (NUMBER_WORD_BEFORE_RE.test(x.before())) return [];
    const a: AbsAnchor = { kind: 'abs', day: d1, month: mo, year: y, yearShared: y !== undefined };
    const b: AbsAnchor = { kind: 'abs', day: d2, month: mo, year: y };
    return [x.mention(a, { to: b, ...(g.close && !g.open ? { end: x.endOf('close')! - g.close.length } : {}) })];
  },
});

/** "Senin hingga Rabu 28-30 Juni": the span's weekdays written before its days. */
const WEEKDAY_SPAN = `(?:hari\\s+)?(?:${alt(WEEKDAYS)})\\s*(?:-|–|—|hingga|sampai|s\\.d\\.)\\s*(?:hari\\s+)?(?:${alt(WEEKDAYS)}),?\\s+`;

// "1-15 September 2021", "dari 1 hingga 15 September", "21-23 Mei mendatang", "Senin hingga Rabu 28-30 Juni 2021"; a
// year glued to the month ("13 hingga 19 Oktober2023") as the one-day parser reads it.
const dayRange = ID.parser(['d1', 'conn', 'd2', 'm', 'y', 'dir'] as const, {
  hint: /\d\s*(?:-|–|—|hingga|sampai|s\.d\.|dan)\s*\d/u,
  pattern:
    `(?:(?:${alt(RANGE_START)})\\s+)?(?:${WEEKDAY_SPAN})?(?:tanggal\\s+)?${NUM_START}(?<d1>[0-3]?\\d)\\s*(?<conn>-|–|—|hingga|sampai|s` +
    `\\.d\\.|dan)\\s*(?<d2>[0-3]?\\d)\\s+(?<m>${MONTH_FULL})(?:\\s*(?<y>\\d{4}))?${NUM_END}${DIRECTION}`,
  extract(x) {
    const { g } = x;
    const mo = month(g.m);
    if (mo === undefined) return [];
    const y = year(g.y);
    const a: AbsAnchor = { kind: 'abs', day: Number(g.d1), month: mo, year: y, yearShared: y !== undefined };
    const b: AbsAnchor = { kind: 'abs', day: Number(g.d2), month: mo, year: y };
    if (a.day! >= b.day!) return [];
    const dir = direction(x, g.dir);
    const end = dir.end ?? x.end;
    const tense = dir.tense !== undefined ? { tense: dir.tense } : {};
    if (g.conn!.toLowerCase() === 'dan') {
      return [
        { start: x.start, end: x.endOf('d1')!, from: a, mod: null, ...tense },
        { start: x.startOf('d2')!, end, from: b, mod: null, ...tense },
      ];
    }
    return [{ start: x.start, end, from: a, to: b, mod: null, ...tense }];
  },
});

// "21 dan 24-26 April 2023": a day, then a span of days, before one month: the day and the interval.
const dayAndRange = ID.parser(['d0', 'd1', 'd2', 'm', 'y', 'dir'] as const, {
  hint: /\d\s*,?\s*dan\s+\d+\s*[-–—]\s*\d/u,
  pattern:
    `(?:tanggal\\s+)?${NUM_START}(?<d0>[0-3]?\\d)\\s*,?\\s*dan\\s+(?<d1>[0-3]?\\d)\\s*[-–—]\\s*(?<d2>[0-3]?\\d)\\s+` +
    `(?<m>${MONTH_FULL})(?:\\s+(?<y>\\d{4}))?${NUM_END}${DIRECTION}`,
  extract(x) {
    const { g } = x;
    const mo = month(g.m);
    const [d0, d1, d2] = [Number(g.d0), Number(g.d1), Number(g.d2)];
    if (mo === undefined || !(d0 >= 1 && d0 < d1 && d1 < d2 && d2 <= 31)) return [];
    const y = year(g.y);
    const dir = direction(x, g.dir);
    const tense = dir.tense !== undefined ? { tense: dir.tense } : {};
    const day = (d: number, shared: boolean): AbsAnchor => ({
      kind: 'abs', day: d, month: mo, year: y, ...(shared ? { yearShared: y !== undefined } : {}),
    });
    return [
      { start: x.start, end: x.endOf('d0')!, from: day(d0, true), mod: null, ...tense },
      { start: x.startOf('d1')!, end: dir.end ?? x.end, from: day(d1, true), to: day(d2, false), mod: null, ...tense },
    ];
  },
});

// "Car free day tanggal 8 ditiadakan", "pada tanggal 15 lalu": a day of the month without its month.
const dayOfMonth = ID.parser(['d', 'dir'] as const, {
  hint: /tanggal\s+\d/u,
  pattern:
    `tanggal\\s+${NUM_START}(?<d>[0-3]?\\d)${NUM_END}(?!\\s*(?:[-–/.,]\\s*\\d|(?:dan|hingga|sampai|s\\.d\\.?)\\s+\\d|` +
    `(?:bulan\\s+)?${MONTH_FULL}))${DIRECTION}`,
  extract(x) {
    const d = Number(x.g.d);
    if (d < 1 || d > 31) return [];
    const dir = direction(x, x.g.dir);
    return [
      {
        start: x.start,
        end: dir.end ?? x.end,
        from: { kind: 'abs', day: d },
        mod: null,
        ...(dir.tense !== undefined ? { tense: dir.tense } : {}),
      },
    ];
  },
});

type ListedDay = { day: number; at: number; len: number };

/**
 * The days of a list ("11, 12, 13 dan 14") with their offsets; null unless they rise ("3, 2, 1 Mei" is a
 * count-down, not a list of days).
 */
function listedDays(
  list: string,
  listStart: number,
  last: string,
  lastStart: number,
): ListedDay[] | null {
  const days = [...list.matchAll(/\d+/g)].map((d) => ({ day: Number(d[0]), at: listStart + d.index, len: d[0].length }));
  days.push({ day: Number(last), at: lastStart, len: last.length });
  return days.some((d, i) => d.day < 1 || d.day > 31 || (i > 0 && d.day <= days[i - 1]!.day)) ? null : days;
}

/**
 * One mention per listed day: the first starts where the match does, the last ends at `lastEnd` or at its direction
 * word ("… 20 Juni lalu"), which gives every day its tense.
 */
function listMentions(
  days: readonly ListedDay[],
  start: number,
  lastEnd: number,
  dir: Pick<Mention, 'tense'> & { end?: number },
  anchor: (d: ListedDay, i: number, lastOne: boolean) => AbsAnchor,
): Mention[] {
  const tense = dir.tense !== undefined ? { tense: dir.tense } : {};
  return days.map((d, i) => {
    const lastOne = i === days.length - 1;
    const end = lastOne ? (dir.end ?? lastEnd) : d.at + d.len;
    return { start: i === 0 ? start : d.at, end, from: anchor(d, i, lastOne), mod: null, ...tense };
  });
}

// "tanggal 28 dan 30", "tanggal 11, 12 dan 13": days of a month not written, one fact each (as "tanggal 8").
const dayOfMonthList = ID.parser(['list', 'last', 'dir'] as const, {
  hint: /tanggal\s+\d+\s*(?:,|dan)/u,
  pattern:
    `tanggal\\s+${NUM_START}(?<list>[0-3]?\\d(?:\\s*,\\s*[0-3]?\\d)*)\\s*,?\\s*dan\\s+(?<last>[0-3]?\\d)${NUM_END}` +
    `(?!\\s*(?:[-–—/]\\s*\\d|(?:bulan\\s+)?${MONTH_FULL}))${DIRECTION}`,
  extract(x) {
    const { g } = x;
    const days = listedDays(g.list!, x.startOf('list')!, g.last!, x.startOf('last')!);
    if (!days) return [];
    const last = days[days.length - 1]!;
    return listMentions(days, x.start, last.at + last.len, direction(x, g.dir), (d, i) => ({
      kind: 'abs',
      day: d.day,
      ...(i > 0 ? { listHead: days[0]!.day } : {}),
    }));
  },
});

// "tanggal 8, 9, 12, dan 15 April 2024", "11, 12, 13, 14, 18, 19 dan 20 Juni 2018": one fact per listed day.
const dayList = ID.parser(['list', 'last', 'm', 'y', 'dir'] as const, {
  hint: /\d\s*,\s*\d+\s*,?\s*(?:dan\s+)?\d+\s+\p{L}/u,
  pattern:
    `(?:tanggal\\s+)?${NUM_START}(?<list>[0-3]?\\d(?:\\s*,\\s*[0-3]?\\d)+)\\s*(?:,\\s*)?(?:dan\\s+)?(?<last>[0-3]?\\d` +
    `)\\s+(?<m>${MONTH_FULL})(?:\\s+(?<y>\\d{4}))?${NUM_END}${DIRECTION}`,
  extract(x) {
    const { g } = x;
    const mo = month(g.m);
    if (mo === undefined) return [];
    const y = year(g.y);
    const days = listedDays(g.list!, x.startOf('list')!, g.last!, x.startOf('last')!);
    if (!days) return [];
    return listMentions(days, x.start, x.end, direction(x, g.dir), (d, i, lastOne) => ({
      kind: 'abs',
      day: d.day,
      month: mo,
      year: y,
      ...(lastOne ? {} : { yearShared: y !== undefined }),
    }));
  },
});

// "bulan Juli dan Agustus", "akhir Agustus", "Juli-Agustus 2021", "September 2021", "Desember lalu".
const monthPhrase = ID.parser(['mod', 'bulan', 'm', 'y1', 'conn', 'b2', 'm2', 'y', 'yrel', 'dir'] as const, {
  hint: /januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember/u,
  pattern:
    `${MOD}(?:(?<bulan>bulan)\\s+)?(?<m>${MONTH_FULL})(?:\\s+(?<y1>\\d{4}))?` +
    `(?:\\s*(?<conn>dan|hingga|sampai|-|–|—)\\s*(?:(?<b2>bulan)\\s+)?(?<m2>${MONTH_FULL}))?(?:\\s*,?\\s+(?:tahun\\s+)?(` +
    `?<y>\\d{4}))?${NUM_END}${YEAR_REL_AFTER}${DIRECTION}`,
  extract(x) {
    const { g } = x;
    const m1 = month(g.m, Boolean(g.bulan));
    if (m1 === undefined) return [];
    const y = year(g.y);
    const bare = !g.bulan && !g.mod && !g.y1 && !g.y && !g.m2 && !g.dir && !g.yrel;
    const listed = bare && MONTH_LIST_BEFORE_RE.test(x.before(60));
    const licensed = listed || MONTH_BEFORE_RE.test(x.before()) || MONTH_AFTER_RE.test(x.after());
    // A figure is reported after its month: "ekspor Mei" in February is last May.
    const statistic = bare && !licensed && STATISTIC_BEFORE_RE.test(x.before());
    if (bare && !licensed && !statistic && !plainMonth(g.m!, x.before(), x.after()) && !clauseEndMonth(x.before(), x.after())) {
      return [];
    }
    const dir: Partial<Mention> = statistic ? { tense: -1 } : direction(x, g.dir);
    const first: AbsAnchor = { kind: 'abs', month: m1, year: year(g.y1) };
    if (g.m2 === undefined) return [x.mention({ ...first, year: first.year ?? y }, dir)];
    const m2 = month(g.m2, Boolean(g.bulan || g.b2));
    if (m2 === undefined) return [x.mention(first, { end: x.endOf('y1') ?? x.endOf('m')! })];
    const second: AbsAnchor = { kind: 'abs', month: m2, year: y };
    return monthPair(x, first, second, {
      isRange: g.conn!.toLowerCase() !== 'dan',
      firstEnd: x.endOf('y1') ?? x.endOf('m')!,
      secondStart: x.startOf('b2') ?? x.startOf('m2')!,
      extra: dir,
      secondExtra: dir,
    });
  },
});

const quarter = ID.parser(['mod', 'q', 'y', 'yrel'] as const, {
  hint: /kuartal|triwulan/u,
  pattern:
    `${MOD}(?:kuartal|triwulan)\\s+(?<q>iv|i{1,3}|[1-4]|pertama|kedua|ketiga|keempat|ke-[1-4])(?:\\s*(?:/|-|,)` +
    `?\\s*(?:tahun\\s+)?(?<y>\\d{4}))?${R}${YEAR_REL_AFTER}`,
  extract: (x) => [x.mention({ kind: 'abs', quarter: lookup(QUARTER_WORDS, x.g.q)!, year: year(x.g.y) })],
});

const SCHOOL_TERM_BEFORE_RE = wordsBefore(SCHOOL_TERM_LEADS);

// "semester kedua 2021": a half year, as a span of months (the schema has no half-year granularity).
const semester = ID.parser(['h', 'y', 'yrel'] as const, {
  hint: /semester/,
  pattern:
    `semester\\s+(?<h>ii|i|[12]|pertama|kedua|ke-[12])(?:\\s*(?:/|-|,)?\\s*(?:tahun\\s+)?(?<y>\\d{4})|\\s+tahu` +
    `n\\s+(?<yrel>${alt(Object.keys(YEAR_REL))}))?${R}`,
  extract(x) {
    // Without a year, "semester 1" in figures or after a school word is a school's term ("Semester 2 di DKI Jakarta
    // dimulai pada 2 Januari"); the economy writes "semester I" or names the year.
    if (!x.g.y && !x.g.yrel && (/^\d$/u.test(x.g.h!) || SCHOOL_TERM_BEFORE_RE.test(x.before()))) return [];
    const half = lookup(HALVES, x.g.h)!;
    const y = year(x.g.y);
    const to: AbsAnchor = { kind: 'abs', month: half * 6, year: y };
    return [
      x.mention({ kind: 'abs', month: half * 6 - 5, year: y }, { to: x.g.y || x.g.yrel ? to : { ...to, yearRel: 0 } }),
    ];
  },
});

// "tiga bulan pertama 2018", "enam bulan terakhir tahun lalu": the first or last n months of a written year.
const monthsOfYear = ID.parser(['n', 'part', 'y', 'yrel'] as const, {
  hint: /bulan\s+(?:pertama|terakhir)/u,
  pattern:
    `(?<n>1[01]|[1-9]|${alt(Object.keys(NUMBER_WORDS))})\\s+bulan\\s+(?<part>pertama|terakhir)` +
    `(?:\\s+(?:tahun\\s+)?(?<y>\\d{4})|\\s+tahun\\s+(?<yrel>${alt(Object.keys(YEAR_REL))}))${R}`,
  extract(x) {
    const n = /^\d+$/.test(x.g.n!) ? Number(x.g.n) : lookup(NUMBER_WORDS, x.g.n)!;
    const first = x.g.part!.toLowerCase() === 'pertama';
    const y = year(x.g.y);
    const from: AbsAnchor = { kind: 'abs', month: first ? 1 : 13 - n, year: y };
    return [x.mention(from, { to: { kind: 'abs', month: first ? n : 12, year: y } })];
  },
});

// "tahun 2021", "pada 2020", "tahun 1959-1962", "tahun 2020 hingga 2023".
const yearParser = ID.parser(['mod', 't', 'y', 'y2'] as const, {
  hint: /(?:1[89]|20)\d\d/,
  pattern:
    `${MOD}(?:(?<t>tahun)\\s+)?${NUM_START}(?<y>(?:1[89]|20)\\d\\d)(?:\\s*(?:-|–|—|hingga|sampai)\\s*(?<y2>(?:1[` +
    `89]|20)\\d\\d))?${NUM_END}`,
  extract(x) {
    const { g } = x;
    const y = year(g.y);
    if (y === undefined) return [];
    // "periode sama 2020", "di 2019 lalu": the same period of that year, a year the page looks back to.
    const looksBack = YEAR_LALU_AFTER_RE.test(x.after()) || SAME_PERIOD_BEFORE_RE.test(x.before());
    // "awal 1970-an": a decade, not a year.
    if (/^-an(?!\p{L})/u.test(x.after())) return [];
    const listed = YEAR_LIST_BEFORE_RE.test(x.before(60));
    // A bare span after a term holder is the term ("Gubernur Jatim 2019-2024").
    const term = g.y2 !== undefined && TERM_HOLDER_BEFORE_RE.test(x.before(60));
    if (!g.t && !g.mod && !looksBack && !listed && !term && !YEAR_BEFORE_RE.test(x.before())) return [];
    if (!g.t && !g.mod && DI_BEFORE_RE.test(x.before()) && !YEAR_END_AFTER_RE.test(x.after())) return [];
    // "Inmendagri Nomor 38 Tahun 2021": the year of a regulation's number.
    if (REGULATION_BEFORE_RE.test(x.before())) return [];
    const y2 = year(g.y2);
    if (y2 !== undefined && y2 > y) return [x.mention({ kind: 'abs', year: y }, { to: { kind: 'abs', year: y2 } })];
    return [x.mention({ kind: 'abs', year: y }, { end: x.endOf('y')! })];
  },
});

// "26 September-13 Oktober 2023", "27 Oktober 2023-24 Januari 2024": one span across months.
const dayMonthRange = ID.parser(['d1', 'm1', 'y1', 'd2', 'm2', 'y2'] as const, {
  hint: /\p{L}(?:\s+\d{4})?\s*[-–—]\s*\d/u,
  pattern:
    `${NUM_START}(?<d1>[0-3]?\\d)\\s+(?<m1>${MONTH_FULL})(?:\\s+(?<y1>\\d{4}))?\\s*[-–—]\\s*(?<d2>[0-3]?\\d)\\s+(?<` +
    `m2>${MONTH_FULL})(?:\\s+(?<y2>\\d{4}))?${NUM_END}`,
  extract(x) {
    const { g } = x;
    const m1 = month(g.m1);
    const m2 = month(g.m2);
    if (m1 === undefined || m2 === undefined || m1 === m2) return [];
    const y2 = year(g.y2);
    const y1 = year(g.y1) ?? (y2 !== undefined ? (m1 > m2 ? y2 - 1 : y2) : undefined);
    const from: AbsAnchor = {
      kind: 'abs',
      day: Number(g.d1),
      month: m1,
      year: y1,
      yearShared: !g.y1 && y1 !== undefined,
    };
    return [x.mention(from, { to: { kind: 'abs', day: Number(g.d2), month: m2, year: y2 } })];
  },
});

/** Either end of opening hours: "pukul 15.30-18.00 WIB", "pukul 07.30 WIB hingga sekitar pukul 22.00 WIB". */
const CLOCK_RANGE_NEXT_RE = new RegExp(`^${CLOCK_RANGE_NEXT}`, 'iu');
const CLOCK_RANGE_PREV_RE = new RegExp(
  `\\d[.:][0-5]\\d(?:\\s*(?:${alt(Object.keys(ZONES))})${R})?\\s*(?:${alt(CLOCK_RANGE_JOINERS)})\\s*(?:sekitar\\s+)?$`,
  'iu',
);

// "pukul 18.15 WIB" alone, or "03.30 WIB" with its zone: a time on the day the sentence gives (see attachClockTimes).
const clockAlone = ID.parser(['hh', 'mi', 'tz', 'zoned'] as const, {
  hint: /(?:pukul|jam)\s+\d|\d[.:]\d\d\s*wi/u,
  pattern:
    `(?:(?:${alt(CLOCK_WORDS)})\\s+|(?<zoned>(?<![\\p{N}.,:])))(?<hh>[01]?\\d|2[0-3])[.:](?<mi>[0-5]\\d)` +
    `(?:\\s*(?<tz>${alt(Object.keys(ZONES))})${R})?`,
  extract(x) {
    // Without a clock word only a zone says time: "03.30 WIB dini hari tadi", not "3.30 persen".
    if (x.g.zoned !== undefined && !x.g.tz) return [];
    // "pukul 15.30-18.00 WIB", "pukul 06.00 hingga 10.00": opening hours, not a time of an event.
    if (CLOCK_RANGE_NEXT_RE.test(x.after()) || CLOCK_RANGE_PREV_RE.test(x.before(40))) return [];
    const utcOffset = lookup(ZONES, x.g.tz);
    return [
      x.mention(
        { kind: 'rel', unit: 'day', offset: 0, hour: Number(x.g.hh), minute: Number(x.g.mi) },
        { clockOnly: true, ...(utcOffset ? { utcOffset } : {}) },
      ),
    ];
  },
});

export const ID_DAY_PARSERS: readonly DateParser[] = [
  dayNamed,
  dayNumeric,
  dayRange,
  numericDayRange,
  dayMonthRange,
  dayList,
  dayAndRange,
  dayOfMonth,
  dayOfMonthList,
  monthPhrase,
  quarter,
  semester,
  monthsOfYear,
  yearParser,
  clockAlone,
];
