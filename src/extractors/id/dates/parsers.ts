import { alt, before, endOf, L, lookup, num, R, rx, rxLower, startOf, withYearRel, year } from '../../common/dates/pattern.js';
import type { AbsAnchor, DateGrammar, Mention, PartOfDay, RelAnchor } from '../../common/dates/types.js';
import {
  COORD_WORDS, COUNT_WORDS, DURATION_BEFORE, FUTURE_CUES, HALVES, MODS, MONTHS, MONTH_ABBREVIATIONS,
  MONTH_FOLLOWERS, MONTH_PREPOSITIONS, NUMBER_WORDS, PAIRED_RANGE_START, PARTS_OF_DAY, PAST_CUES,
  QUARTER_WORDS, RANGE_START, RANGE_WORDS, REGULATION_WORDS, REL_AFTER_POD, REL_BEFORE_POD, REL_DAYS,
  REL_OFFSETS, REL_UNITS, WEEKDAYS, WEEKDAY_NUMBERS, WEEKDAY_OFFSETS, WEEKDAY_PREPOSITIONS, YEAR_PREPOSITIONS,
  YEAR_REL, ZONES,
} from './constants.js';

const MOD = `(?:(?<mod>${alt(Object.keys(MODS))})\\s+)?`;
const POD = alt(Object.keys(PARTS_OF_DAY));
const MONTH_FULL = alt(Object.keys(MONTHS));
const MONTH_ANY = `(?:${MONTH_FULL}|(?:${alt(Object.keys(MONTH_ABBREVIATIONS))})\\.?)`;
const WD = `(?:(?:hari\\s+)?(?<wd>${alt(WEEKDAYS)})(?:\\s+(?<pod>${POD}))?\\s*(?:(?<open>\\()|,)?\\s*)?`;
const CLOSE = '(?<close>\\s*\\))?';
/** "Rabu (8/9/2021) pagi". */
const POD_AFTER = `(?:\\s+(?<pod2>${POD})${R})?`;
const TIME_AFTER = `(?:\\s*,?\\s*(?:pukul|jam|pk\\.?)\\s+(?<hh>[01]?\\d|2[0-3])[.:](?<mi>[0-5]\\d)(?:\\s*(?<tz>${alt(Object.keys(ZONES))})${R})?)?`;
const NUM_END = `(?![\\p{L}\\p{N}]|[/.,:-]\\p{N})`;
/** "6 September tahun lalu", "Juli tahun ini". */
const YEAR_REL_AFTER = `(?:\\s+tahun\\s+(?<yrel>${alt(Object.keys(YEAR_REL))})${R})?`;
const NUM_START = `(?<![\\p{L}\\p{N}/.,:-])`;
const MONTH_BEFORE_RE = new RegExp(`${L}(?:${alt(MONTH_PREPOSITIONS)})\\s+$`, 'iu');
const MONTH_AFTER_RE = new RegExp(`^\\s+(?:${alt(MONTH_FOLLOWERS)})${R}`, 'iu');
const REGULATION_BEFORE_RE = new RegExp(`${L}(?:${alt(REGULATION_WORDS)})\\s*\\d+[a-z]?\\s+$`, 'iu');
const YEAR_BEFORE_RE = new RegExp(`${L}(?:${alt(YEAR_PREPOSITIONS)})\\s+$`, 'iu');

/** Months are capitalised in Indonesian news; lower case only after "bulan". */
function month(word: string | undefined, afterBulan = false): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  if (!afterBulan && word[0] === word[0]!.toLowerCase()) return undefined;
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTH_ABBREVIATIONS[key];
}

function mention(m: RegExpExecArray, from: Mention['from'], extra: Partial<Mention> = {}): Mention {
  const base: Mention = { start: m.index, end: m.index + m[0].length, from, mod: lookup(MODS, m.groups?.mod) ?? null, ...extra };
  return withYearRel(base, lookup(YEAR_REL, m.groups?.yrel));
}

function withTime(anchor: AbsAnchor, m: RegExpExecArray): { anchor: AbsAnchor; utcOffset?: string } {
  const hh = num(m.groups?.hh);
  if (hh === undefined) return { anchor };
  return { anchor: { ...anchor, hour: hh, minute: num(m.groups?.mi) ?? 0 }, utcOffset: lookup(ZONES, m.groups?.tz) };
}

// "6 September 2021", "Senin, 6 September 2021 pukul 15.00 WIB", "tanggal 6 Sept".
const DAY_NAMED = rx(
  `${L}${WD}(?:(?<lead>tanggal|tgl\\.?)\\s+)?${NUM_START}(?<d>[0-3]?\\d)(?:\\s+|-)(?<m>${MONTH_ANY})(?:\\s*,?\\s*(?<y>\\d{4}))?${NUM_END}${YEAR_REL_AFTER}${CLOSE}${POD_AFTER}${TIME_AFTER}`,
);
// "Senin (6/9/2021)", "6/9/2021", "tanggal 6/9".
const DAY_NUMERIC = rx(
  `${L}${WD}(?:(?<lead>tanggal|tgl\\.?)\\s+)?${NUM_START}` +
    `(?<d>[0-3]?\\d)(?<sep>[/.-])(?<m>[01]?\\d)(?:\\k<sep>(?<y>\\d{4}))?${NUM_END}${CLOSE}${POD_AFTER}${TIME_AFTER}`,
);
// "1-15 September 2021", "dari 1 hingga 15 September".
const DAY_RANGE = rx(
  `${L}(?:(?:dari|mulai|antara)\\s+)?(?:tanggal\\s+)?${NUM_START}(?<d1>[0-3]?\\d)\\s*(?<conn>-|–|hingga|sampai|s\\.d\\.|dan)\\s*(?<d2>[0-3]?\\d)\\s+(?<m>${MONTH_FULL})(?:\\s+(?<y>\\d{4}))?${NUM_END}`,
);
// "bulan Juli dan Agustus", "akhir Agustus", "Juli-Agustus 2021", "September 2021".
const MONTH_PHRASE = rx(
  `${L}${MOD}(?:(?<bulan>bulan)\\s+)?(?<m>${MONTH_FULL})(?:\\s+(?<y1>\\d{4}))?` +
    `(?:\\s*(?<conn>dan|hingga|sampai|-|–)\\s*(?:(?<b2>bulan)\\s+)?(?<m2>${MONTH_FULL}))?(?:\\s*,?\\s+(?:tahun\\s+)?(?<y>\\d{4}))?${NUM_END}${YEAR_REL_AFTER}`,
);
const QUARTER = rx(
  `${L}${MOD}(?:kuartal|triwulan)\\s+(?<q>iv|i{1,3}|[1-4]|pertama|kedua|ketiga|keempat|ke-[1-4])(?:\\s*(?:/|-|,)?\\s*(?:tahun\\s+)?(?<y>\\d{4}))?${R}${YEAR_REL_AFTER}`,
);
// "semester kedua 2021": a half year, as a span of months (the schema has no half-year granularity).
const SEMESTER = rx(`${L}semester\\s+(?<h>ii|i|[12]|pertama|kedua|ke-[12])(?:\\s*(?:/|-|,)?\\s*(?:tahun\\s+)?(?<y>\\d{4})|\\s+tahun\\s+(?<yrel>${alt(Object.keys(YEAR_REL))}))?${R}`);
const YEAR = rx(`${L}${MOD}(?:(?<t>tahun)\\s+)?${NUM_START}(?<y>(?:19|20)\\d\\d)${NUM_END}`);
const REL_UNIT = rx(
  `${L}(?<!(?:\\p{N}|${alt(COUNT_WORDS)})\\s{1,3})${MOD}(?<unit>${alt(Object.keys(REL_UNITS))})\\s+(?<off>${alt(Object.keys(REL_OFFSETS))})${R}`,
);
// "akhir tahun", "awal bulan": this unit, with its part.
const REL_UNIT_PART = rx(`${L}(?<mod>awal|pertengahan|akhir|penghujung)\\s+(?<unit>tahun|bulan|pekan)${R}`);
// "pada Senin", "hari Rabu", "Jumat lalu", "Selasa pagi".
const WEEKDAY = rx(`${L}(?:(?<hari>hari)\\s+)?(?<wd>${alt(WEEKDAYS)})(?:\\s+(?<pod>${POD}))?(?:\\s+(?<off>${alt(Object.keys(WEEKDAY_OFFSETS))}))?${R}`);
const WEEKDAY_BEFORE = new RegExp(`${L}(?:${alt(WEEKDAY_PREPOSITIONS)})\\s+$`, 'iu');
// "dua pekan lalu", "3 hari yang lalu": an offset back from the publication date.
const AGO = rx(
  `${L}(?<n>\\d{1,2}|${alt(Object.keys(NUMBER_WORDS))})\\s+(?<unit>hari|${alt(Object.keys(REL_UNITS))})\\s+(?:yang\\s+)?(?:lalu|silam)${R}`,
);
const DURATION_BEFORE_RE = new RegExp(`${L}(?:${alt(DURATION_BEFORE)})\\s+$`, 'iu');
/** "pukul 10.00 WIB hari ini". */
const TIME_BEFORE = `(?:(?:pukul|jam|pk\\.?)\\s+(?<hh>[01]?\\d|2[0-3])[.:](?<mi>[0-5]\\d)(?:\\s*(?<tz>${alt(Object.keys(ZONES))}))?\\s+)?`;
const REL_DAY = rx(`${L}${TIME_BEFORE}(?<rel>${alt(Object.keys(REL_DAYS))})(?:\\s+(?<pod>${POD}))?${R}`);
const REL_POD_AFTER = rx(`${L}(?<pod>${POD})\\s+(?<rel>${alt(Object.keys(REL_AFTER_POD))})${R}`);
const REL_POD_BEFORE = rx(`${L}(?<rel>${alt(Object.keys(REL_BEFORE_POD))})\\s+(?<pod>${POD})${R}`);

function dayMention(m: RegExpExecArray): Mention[] {
  const g = m.groups!;
  if (g.open && !g.close) return [];
  // A ")" closing someone else's parenthesis ("kemarin (5/9/2021)") stays out of the span.
  const unopened = g.close && !g.open ? g.close.length : 0;
  const mo = month(g.m, true);
  if (mo === undefined || mo < 1 || mo > 12) return [];
  if (g.y && year(g.y) === undefined) return [];
  const p = pod(m);
  const { anchor, utcOffset } = withTime({ kind: 'abs', day: Number(g.d), month: mo, year: year(g.y), ...(p ? { pod: p } : {}) }, m);
  if (unopened && (g.pod2 || g.hh)) return [];
  return [mention(m, anchor, { ...(utcOffset ? { utcOffset } : {}), ...(unopened ? { end: endOf(m, 'close')! - unopened } : {}) })];
}

function monthPhrase(m: RegExpExecArray): Mention[] {
  const g = m.groups!;
  const m1 = month(g.m, Boolean(g.bulan));
  if (m1 === undefined) return [];
  const y = year(g.y);
  const bare = !g.bulan && !g.mod && !g.y1 && !g.y && !g.m2;
  const end = m.index + m[0].length;
  if (bare && !MONTH_BEFORE_RE.test(before(m.input, m.index)) && !MONTH_AFTER_RE.test(m.input.slice(end))) return [];
  const first: AbsAnchor = { kind: 'abs', month: m1, year: year(g.y1) };
  if (g.m2 === undefined) return [mention(m, { ...first, year: first.year ?? y })];
  const m2 = month(g.m2, Boolean(g.bulan || g.b2));
  if (m2 === undefined) return [mention(m, first, { end: endOf(m, 'y1') ?? endOf(m, 'm')! })];
  const second: AbsAnchor = { kind: 'abs', month: m2, year: y };
  const isRange = g.conn!.toLowerCase() !== 'dan';
  if (isRange || m2 === (m1 % 12) + 1) return [mention(m, first, { to: second })];
  const wraps = m1 > m2;
  return [
    { ...mention(m, first.year !== undefined || y === undefined ? first : { ...first, year: wraps ? y - 1 : y, yearShared: true }), end: endOf(m, 'y1') ?? endOf(m, 'm')! },
    { start: startOf(m, 'b2') ?? startOf(m, 'm2')!, end: m.index + m[0].length, from: second, mod: null },
  ];
}

function pod(m: RegExpExecArray): PartOfDay | undefined {
  return lookup(PARTS_OF_DAY, m.groups?.pod) ?? lookup(PARTS_OF_DAY, m.groups?.pod2);
}

function relDay(dict: Readonly<Record<string, number>>) {
  return (m: RegExpExecArray): Mention[] => {
    const p = pod(m);
    const anchor: RelAnchor = { kind: 'rel', unit: 'day', offset: lookup(dict, m.groups!.rel)! };
    const hh = num(m.groups?.hh);
    if (hh !== undefined) {
      const utcOffset = lookup(ZONES, m.groups?.tz);
      return [mention(m, { ...anchor, hour: hh, minute: num(m.groups?.mi) ?? 0 }, utcOffset ? { utcOffset } : {})];
    }
    return [mention(m, p ? { ...anchor, pod: p } : anchor)];
  };
}

export const ID_GRAMMAR: DateGrammar = {
  parsers: [
    { hint: /\d[\s-]+\p{L}/u, re: DAY_NAMED, parse: dayMention },
    {
      hint: /\d[/.-]\d/,
      re: DAY_NUMERIC,
      parse(m) {
        const g = m.groups!;
        if (g.sep !== '/' && !g.y) return [];
        // A bare "6/9" is too often a ratio in Indonesian text: it needs a year, "tanggal" or a weekday.
        if (!g.y && !g.lead && !g.wd) return [];
        return dayMention(m);
      },
    },
    {
      hint: /\d\s*(?:-|–|hingga|sampai|s\.d\.|dan)\s*\d/u,
      re: DAY_RANGE,
      parse(m) {
        const g = m.groups!;
        const mo = month(g.m);
        if (mo === undefined) return [];
        const y = year(g.y);
        const a: AbsAnchor = { kind: 'abs', day: Number(g.d1), month: mo, year: y, yearShared: y !== undefined };
        const b: AbsAnchor = { kind: 'abs', day: Number(g.d2), month: mo, year: y };
        if (a.day! >= b.day!) return [];
        if (g.conn!.toLowerCase() === 'dan') {
          return [
            { start: m.index, end: endOf(m, 'd1')!, from: a, mod: null },
            { start: startOf(m, 'd2')!, end: m.index + m[0].length, from: b, mod: null },
          ];
        }
        return [{ start: m.index, end: m.index + m[0].length, from: a, to: b, mod: null }];
      },
    },
    { hint: /januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember/u, re: MONTH_PHRASE, parse: monthPhrase },
    {
      hint: /kuartal|triwulan/u,
      re: QUARTER,
      parse: (m) => [mention(m, { kind: 'abs', quarter: lookup(QUARTER_WORDS, m.groups!.q)!, year: year(m.groups!.y) })],
    },
    {
      hint: /semester/,
      re: SEMESTER,
      parse(m) {
        const g = m.groups!;
        const half = lookup(HALVES, g.h)!;
        const y = year(g.y);
        const to: AbsAnchor = { kind: 'abs', month: half * 6, year: y };
        return [mention(m, { kind: 'abs', month: half * 6 - 5, year: y }, { to: g.y || g.yrel ? to : { ...to, yearRel: 0 } })];
      },
    },
    {
      hint: /(?:19|20)\d\d/,
      re: YEAR,
      parse(m) {
        const g = m.groups!;
        const y = year(g.y);
        if (y === undefined) return [];
        if (!g.t && !g.mod && !YEAR_BEFORE_RE.test(before(m.input, m.index))) return [];
        // "Inmendagri Nomor 38 Tahun 2021": the year of a regulation's number.
        if (REGULATION_BEFORE_RE.test(before(m.input, m.index))) return [];
        return [mention(m, { kind: 'abs', year: y })];
      },
    },
    {
      hint: /(?:pekan|minggu|bulan|kuartal|triwulan|tahun)\s+(?:lalu|yang|kemarin|silam|ini|depan|mendatang|berikutnya)/u,
      re: REL_UNIT,
      parse(m) {
        const g = m.groups!;
        const unit = lookup(REL_UNITS, g.unit)!;
        // "Minggu" with a capital is Sunday.
        if (g.unit === 'Minggu' && m.index > 0) return [];
        return [mention(m, { kind: 'rel', unit, offset: lookup(REL_OFFSETS, g.off)! })];
      },
    },
    { hint: /(?:awal|pertengahan|akhir|penghujung)\s+(?:tahun|bulan|pekan)/u, re: REL_UNIT_PART, parse: (m) => [mention(m, { kind: 'rel', unit: lookup(REL_UNITS, m.groups!.unit)!, offset: 0 })] },
    {
      hint: /(?:hari|pekan|minggu|bulan|kuartal|triwulan|tahun)\s+(?:yang\s+)?(?:lalu|silam)/,
      re: AGO,
      parse(m) {
        const g = m.groups!;
        if (DURATION_BEFORE_RE.test(before(m.input, m.index))) return [];
        const n = /^\d+$/.test(g.n!) ? Number(g.n) : lookup(NUMBER_WORDS, g.n)!;
        const unit = g.unit!.toLowerCase() === 'hari' ? 'day' : lookup(REL_UNITS, g.unit)!;
        return n > 0 ? [mention(m, { kind: 'rel', unit, offset: -n })] : [];
      },
    },
    {
      hint: /senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad/,
      re: WEEKDAY,
      parse(m) {
        const g = m.groups!;
        const wd = g.wd!.toLowerCase();
        // "minggu" is also "week": Sunday only as "hari Minggu".
        if (wd === 'minggu' && !g.hari) return [];
        if (!g.hari && !g.off && !g.pod && !WEEKDAY_BEFORE.test(before(m.input, m.index))) return [];
        const day = WEEKDAY_NUMBERS[wd];
        if (day === undefined) return [];
        const p = pod(m);
        return [mention(m, { kind: 'weekday', weekday: day, offset: lookup(WEEKDAY_OFFSETS, g.off) ?? 0, ...(p ? { pod: p } : {}) })];
      },
    },
    { hint: /hari\s+ini|kemarin|besok|esok|lusa/u, re: REL_DAY, parse: relDay(REL_DAYS) },
    { hint: /(?:pagi|siang|sore|petang|malam|hari)\s+(?:ini|tadi)/u, re: REL_POD_AFTER, parse: relDay(REL_AFTER_POD) },
    { hint: /(?:kemarin|besok|tadi)\s+(?:pagi|siang|sore|petang|malam|dini)/u, re: REL_POD_BEFORE, parse: relDay(REL_BEFORE_POD) },
  ],
  rangeBetween: new RegExp(`^\\s*(?:${alt(RANGE_WORDS)})\\s*$`, 'iu'),
  coordBetween: new RegExp(`^\\s*(?:${alt(COORD_WORDS)})\\s*$`, 'iu'),
  rangeBefore: new RegExp(`${L}(?:${alt(RANGE_START)})\\s+$`, 'iu'),
  pairedRange: new RegExp(`${L}(?:${alt(PAIRED_RANGE_START)})\\s+$`, 'iu'),
  pastCues: rxLower(`${L}(?:${alt(PAST_CUES)})${R}`),
  futureCues: rxLower(`${L}(?:${alt(FUTURE_CUES)})${R}`),
};
