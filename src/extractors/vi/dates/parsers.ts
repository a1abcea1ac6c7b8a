import { alt, before, endOf, hour24, L, lookup, num, R, rx, rxLower, startOf, withYearRel, year } from '../../common/dates/pattern.js';
import type { AbsAnchor, DateGrammar, Mention, PartOfDay, RelAnchor } from '../../common/dates/types.js';
import {
  AGO_NOT_BEFORE, BARE_NOT_DATES, CAPITALISED_ONLY, COORD_WORDS, COUNT_WORDS, DOCUMENT_WORDS, DURATION_BEFORE,
  FRACTION_AFTER, FUTURE_CUES, MODS, MONTH_WORDS, NOT_A_SECOND_MONTH, NOT_CALENDAR_UNITS, NUMBER_WORDS,
  PARTS_OF_DAY, PAST_CUES, QUANTITY_BEFORE, QUARTERS, RANGE_START, RANGE_WORDS, REL_DAYS, REL_DAYS_AFTER_POD,
  REL_OFFSETS, REL_UNITS, WEEKDAYS, WEEKDAY_NUMBERS, WEEKDAY_OFFSETS, WEEKDAY_PREPOSITIONS, WEEKDAY_WEEKS,
  YEAR_REL,
} from './constants.js';

const MOD = `(?:(?<mod>${alt(Object.keys(MODS))})\\s+)?`;
const POD = alt(Object.keys(PARTS_OF_DAY));
const MONTH = `(?:1[0-2]|0?[1-9]|${alt(Object.keys(MONTH_WORDS))})`;
const TIME = `(?:(?<hh>[01]?\\d|2[0-3])\\s*(?:h|giờ|g|:)\\s*(?<mi>[0-5]\\d)?(?:\\s*phút)?\\s*,?\\s+)?`;
const YEAR_SEP = `\\s*(?:/|-|năm|,)\\s*`;
/** "ngày 2/9 năm nay", "tháng 3 năm sau". */
const YEAR_REL_AFTER = `(?:\\s+năm\\s+(?<yrel>${alt(Object.keys(YEAR_REL))})${R})?`;
/** After a number: not another digit group ("6/9/21/4"), not a document code ("3/2021/NQ-CP"), not a decimal. */
const NUM_END = `(?![\\p{L}\\p{N}]|[/:-][\\p{L}\\p{N}]|[.,]\\p{N})`;
const NUM_START = `(?<![\\p{L}\\p{N}/.,:-])`;

const DOCUMENT_BEFORE_RE = new RegExp(`${L}(?:${alt(DOCUMENT_WORDS)})\\s*$`, 'iu');
const QUANTITY_BEFORE_RE = new RegExp(`${L}(?:${alt(QUANTITY_BEFORE)})\\s*$`, 'iu');
const FRACTION_AFTER_RE = new RegExp(`^\\s*(?:${alt(FRACTION_AFTER)})${R}`, 'iu');

function month(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  const lower = word.toLowerCase().replace(/\s+/g, ' ');
  if (CAPITALISED_ONLY.has(lower) && word[0] === word[0]!.toLowerCase()) return undefined;
  return MONTH_WORDS[lower];
}

function pod(m: RegExpExecArray): PartOfDay | undefined {
  return lookup(PARTS_OF_DAY, m.groups?.pod);
}

/** Adds the clock time and part of day a prefix wrote ("15h chiều", "chiều"). */
function withTime<T extends { hour?: number; minute?: number; pod?: PartOfDay }>(anchor: T, m: RegExpExecArray): T {
  const p = pod(m);
  const hh = num(m.groups?.hh);
  if (hh !== undefined) return { ...anchor, hour: hour24(hh, p), minute: num(m.groups?.mi) ?? 0 };
  return p ? { ...anchor, pod: p } : anchor;
}

function mention(m: RegExpExecArray, from: Mention['from'], extra: Partial<Mention> = {}): Mention {
  const base: Mention = { start: m.index, end: m.index + m[0].length, from, mod: lookup(MODS, m.groups?.mod) ?? null, ...extra };
  return withYearRel(base, lookup(YEAR_REL, m.groups?.yrel));
}

/** A bare "d/m" (no "ngày", no year, no time) is a date unless its neighbours make it a quantity. */
function bareIsDate(sentence: string, m: RegExpExecArray): boolean {
  const g = m.groups!;
  if (g.lead || g.hh || g.pod || g.wd) return true;
  if (DOCUMENT_BEFORE_RE.test(before(sentence, m.index))) return false;
  if (g.y) return true;
  if (BARE_NOT_DATES.has(`${g.d}/${g.m}`)) return false;
  if (QUANTITY_BEFORE_RE.test(before(sentence, m.index))) return false;
  return !FRACTION_AFTER_RE.test(sentence.slice(m.index + m[0].length));
}

// "chiều 6/9", "15h ngày 6/9/2021", "thứ Hai, 6/9", "6-9-2021".
const DAY_NUMERIC = rx(
  `${L}${TIME}(?:(?<pod>${POD})\\s+)?(?:(?<wd>${alt(WEEKDAYS)})\\s*(?:(?<open>\\()|,)?\\s*)?(?:(?<lead>ngày|hôm|mùng|mồng)\\s+)?` +
    `${NUM_START}(?<d>[0-3]?\\d)(?<sep>[/.-])(?<m>[01]?\\d)(?:\\k<sep>(?<y>\\d{4}))?${NUM_END}(?<close>\\s*\\))?${YEAR_REL_AFTER}`,
);
// "ngày 6 tháng 9 năm 2021", "mùng 2 tháng Chín".
const DAY_WORDS = rx(
  `${L}${TIME}(?:(?<pod>${POD})\\s+)?(?<lead>ngày|mùng|mồng)\\s+(?<d>[0-3]?\\d)\\s+tháng\\s+(?<m>${MONTH})(?:${YEAR_SEP}(?<y>\\d{4}))?${R}${YEAR_REL_AFTER}`,
);
// "1-15/9", "từ ngày 1 đến 15/9/2021", "ngày 6 và 7/9".
const DAY_RANGE = rx(
  `${L}(?:(?<from>từ)\\s+)?(?:(?:ngày|mùng)\\s+)?${NUM_START}(?<d1>[0-3]?\\d)\\s*(?<conn>-|–|đến|tới|và)\\s*(?:ngày\\s+)?` +
    `(?<d2>[0-3]?\\d)\\s*/\\s*(?<m>[01]?\\d)(?:/(?<y>\\d{4}))?${NUM_END}`,
);
// "tháng 9", "cuối tháng Tám", "tháng 9/2021", "tháng 9 và tháng 10/2021", "tháng 7-8".
const MONTH_PHRASE = rx(
  `${L}${MOD}tháng\\s+(?<m>${MONTH})(?:${YEAR_SEP}(?<y1>\\d{4}))?` +
    `(?:\\s*(?:(?<conn>-|–|và|đến|tới)\\s*(?:(?<t2>tháng)\\s+)?|,\\s*(?<t3>tháng)\\s+)(?<m2>${MONTH})` +
    `(?!\\s*(?:${alt(NOT_A_SECOND_MONTH)}|năm\\s+(?!\\d))))?` +
    `(?:${YEAR_SEP}(?<y>\\d{4}))?${R}${YEAR_REL_AFTER}`,
);
// "8/2021".
const MONTH_NUMERIC = rx(`${L}${MOD}${NUM_START}(?<m>[01]?\\d)/(?<y>\\d{4})${NUM_END}`);
const QUARTER = rx(`${L}${MOD}quý\\s+(?<q>iv|i{1,3}|[1-4])(?:${YEAR_SEP}(?<y>\\d{4}))?${R}${YEAR_REL_AFTER}`);
const YEAR = rx(`${L}${MOD}năm\\s+(?<y>\\d{4})${NUM_END}`);
// "8 tháng đầu năm 2021", "6 tháng cuối năm", "nửa đầu năm": the first or last n months of a year.
const MONTHS_OF_YEAR = rx(
  `${L}(?:(?<half>nửa)|(?<n>1[01]|[1-9]|${alt(Object.keys(NUMBER_WORDS))})\\s+tháng)\\s+(?<part>đầu|cuối|sau)\\s+năm(?:\\s+(?<y>\\d{4})|\\s+(?<yrel>${alt(Object.keys(YEAR_REL))}))?${R}`,
);
// "năm 2021-2022", "giai đoạn 2021-2025".
const YEAR_RANGE = rx(`${L}(?:năm|giai\\s+đoạn|thời\\s+kỳ|niên\\s+khóa)\\s+(?<y1>\\d{4})\\s*(?:-|–|đến)\\s*(?:năm\\s+)?(?<y2>\\d{4})${NUM_END}`);
// "sáng thứ Hai", "hôm thứ Sáu", "thứ Hai tuần trước", "Chủ nhật vừa qua": anchored, as "Thứ hai, …" is "Secondly, …".
const WEEKDAY = rx(
  `${L}(?:(?<pod>${POD})\\s+|(?<hom>hôm)\\s+)?(?<wd>${alt(Object.keys(WEEKDAY_NUMBERS))})(?:\\s+(?<off>${alt([...Object.keys(WEEKDAY_OFFSETS), ...Object.keys(WEEKDAY_WEEKS)])}))?${R}`,
);
const WEEKDAY_BEFORE = new RegExp(`${L}(?:${alt(WEEKDAY_PREPOSITIONS)})\\s+$`, 'iu');
const REL_UNIT = rx(
  `${L}(?<!(?:\\p{N}|${alt(COUNT_WORDS)})\\s{1,3})${MOD}(?<unit>${alt(Object.keys(REL_UNITS))})\\s+(?<off>${alt(Object.keys(REL_OFFSETS))})${R}(?!\\s+(?:đó|nữa|nay))`,
);
// "cuối năm", "đầu tháng", "cuối tuần qua": this (or the last) unit, with its part.
const REL_UNIT_PART = rx(
  `${L}(?<mod>${alt(Object.keys(MODS).filter((k) => MODS[k] !== 'APPROX'))})\\s+(?<unit>${alt(Object.keys(REL_UNITS))})(?:\\s+(?<off>qua|này|nay))?${R}(?!\\s+(?:${alt(NOT_CALENDAR_UNITS)}))`,
);
// "2 tuần trước", "cách đây ba năm": an offset back from the publication date.
const AGO = rx(
  `${L}(?:(?<cach>cách\\s+đây)\\s+)?(?<n>\\d{1,2}|${alt(Object.keys(NUMBER_WORDS))})\\s+(?<unit>ngày|${alt(Object.keys(REL_UNITS))})(?:\\s+(?<ago>về\\s+trước|trước))?${R}(?!\\s+(?:${alt(AGO_NOT_BEFORE)}))`,
);
const DURATION_BEFORE_RE = new RegExp(`${L}(?:${alt(DURATION_BEFORE)})\\s+$`, 'iu');
const REL_DAY = rx(`${L}${TIME}(?:(?<pod>${POD})\\s+)?(?<rel>${alt(Object.keys(REL_DAYS))})${R}`);
const REL_DAY_POD = rx(`${L}${TIME}(?<pod>${POD})\\s+(?<rel>${alt(Object.keys(REL_DAYS_AFTER_POD))})${R}`);

function monthPhrase(m: RegExpExecArray): Mention[] {
  const g = m.groups!;
  const m1 = month(g.m);
  if (m1 === undefined || m1 > 12) return [];
  const y = year(g.y);
  const first: AbsAnchor = { kind: 'abs', month: m1, year: year(g.y1) };
  if (g.m2 === undefined) return [mention(m, { ...first, year: first.year ?? y })];
  const m2 = month(g.m2);
  if (m2 === undefined || m2 > 12) return [];
  const second: AbsAnchor = { kind: 'abs', month: m2, year: y };
  const adjacent = m2 === (m1 % 12) + 1;
  const isRange = g.conn !== undefined && g.conn.toLowerCase() !== 'và';
  if (isRange || adjacent) {
    // A range or two consecutive months: one span ("2021-09/2021-10").
    return [mention(m, first, { to: second })];
  }
  // "tháng 7 và tháng 9/2021": two months, the written year shared back.
  const cut = endOf(m, 'y1') ?? endOf(m, 'm')!;
  const secondStart = startOf(m, 't2') ?? startOf(m, 't3') ?? startOf(m, 'm2')!;
  const wraps = m1 > m2;
  return [
    { ...mention(m, first.year !== undefined || y === undefined ? first : { ...first, year: wraps ? y - 1 : y, yearShared: true }), end: cut },
    { start: secondStart, end: m.index + m[0].length, from: second, mod: null },
  ];
}

export const VI_GRAMMAR: DateGrammar = {
  parsers: [
    {
      hint: /\d[/.-]\d/,
      re: DAY_NUMERIC,
      parse(m) {
        const g = m.groups!;
        // "6-9" is a date only when anchored ("chiều 6-9", "ngày 6-9"): bare, it is a score or a range.
        if (g.sep === '.' && !g.y) return [];
        if (g.sep === '-' && !g.y && !g.lead && !g.pod && !g.hh && !g.wd) return [];
        if (g.open && !g.close) return [];
        const sentence = m.input;
        if (!bareIsDate(sentence, m)) return [];
        const anchor = withTime<AbsAnchor>({ kind: 'abs', day: Number(g.d), month: Number(g.m), year: year(g.y) }, m);
        if (g.y && anchor.year === undefined) return [];
        if (anchor.month! < 1 || anchor.month! > 12) return [];
        // A ")" closing someone else's parenthesis ("Hôm nay (6/9)") stays out of the span.
        return [mention(m, anchor, g.close && !g.open ? { end: endOf(m, 'close')! - g.close.length } : {})];
      },
    },
    {
      hint: /\d\s+tháng/u,
      re: DAY_WORDS,
      parse(m) {
        const g = m.groups!;
        const mo = month(g.m);
        if (mo === undefined || mo > 12) return [];
        return [mention(m, withTime<AbsAnchor>({ kind: 'abs', day: Number(g.d), month: mo, year: year(g.y) }, m))];
      },
    },
    {
      hint: /\d\s*\/\s*\d/,
      re: DAY_RANGE,
      parse(m) {
        const g = m.groups!;
        const mo = Number(g.m);
        if (mo < 1 || mo > 12) return [];
        const y = year(g.y);
        const a: AbsAnchor = { kind: 'abs', day: Number(g.d1), month: mo, year: y, yearShared: y !== undefined };
        const b: AbsAnchor = { kind: 'abs', day: Number(g.d2), month: mo, year: y };
        if (a.day! >= b.day!) return [];
        if (g.conn?.toLowerCase() === 'và') {
          const cut = endOf(m, 'd1')!;
          return [
            { start: m.index, end: cut, from: a, mod: null },
            { start: startOf(m, 'd2')!, end: m.index + m[0].length, from: b, mod: null },
          ];
        }
        return [{ start: m.index, end: m.index + m[0].length, from: a, to: b, mod: null }];
      },
    },
    { hint: /tháng\s/u, re: MONTH_PHRASE, parse: monthPhrase },
    {
      hint: /\d\/\d{4}/,
      re: MONTH_NUMERIC,
      parse(m) {
        if (!m.groups!.mod && DOCUMENT_BEFORE_RE.test(before(m.input, m.index))) return [];
        const mo = Number(m.groups!.m);
        const y = year(m.groups!.y);
        return mo >= 1 && mo <= 12 && y !== undefined ? [mention(m, { kind: 'abs', month: mo, year: y })] : [];
      },
    },
    {
      hint: /quý\s/u,
      re: QUARTER,
      parse(m) {
        const q = lookup(QUARTERS, m.groups!.q)!;
        return [mention(m, { kind: 'abs', quarter: q, year: year(m.groups!.y) })];
      },
    },
    {
      hint: /(?:tháng|nửa)\s+(?:đầu|cuối|sau)\s+năm/u,
      re: MONTHS_OF_YEAR,
      parse(m) {
        const g = m.groups!;
        const n = g.half ? 6 : /^\d+$/.test(g.n!) ? Number(g.n) : lookup(NUMBER_WORDS, g.n)!;
        const y = year(g.y);
        const first = g.part!.toLowerCase() === 'đầu';
        const from: AbsAnchor = { kind: 'abs', month: first ? 1 : 13 - n, year: y };
        const to: AbsAnchor = { kind: 'abs', month: first ? n : 12, year: y };
        // Without a year, "6 tháng đầu năm" is this year's.
        return [mention(m, from, { to: g.y || g.yrel ? to : { ...to, yearRel: 0 } })];
      },
    },
    {
      hint: /\d{4}\s*(?:-|–|đến)\s*(?:năm\s+)?\d{4}/u,
      re: YEAR_RANGE,
      parse(m) {
        const y1 = year(m.groups!.y1);
        const y2 = year(m.groups!.y2);
        if (y1 === undefined || y2 === undefined || y2 <= y1) return [];
        return [mention(m, { kind: 'abs', year: y1 }, { to: { kind: 'abs', year: y2 } })];
      },
    },
    {
      hint: /thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật/u,
      re: WEEKDAY,
      parse(m) {
        const g = m.groups!;
        if (!g.pod && !g.hom && !g.off && !WEEKDAY_BEFORE.test(before(m.input, m.index))) return [];
        const weekday = lookup(WEEKDAY_NUMBERS, g.wd);
        if (weekday === undefined) return [];
        const p = pod(m);
        const week = lookup(WEEKDAY_WEEKS, g.off);
        const anchor = { kind: 'weekday', weekday, offset: lookup(WEEKDAY_OFFSETS, g.off) ?? 0, ...(week !== undefined ? { week } : {}) } as const;
        return [mention(m, p ? { ...anchor, pod: p } : anchor)];
      },
    },
    {
      hint: /năm\s+\d/u,
      re: YEAR,
      parse(m) {
        const y = year(m.groups!.y);
        return y === undefined ? [] : [mention(m, { kind: 'abs', year: y })];
      },
    },
    {
      hint: /(?:tuần|tháng|quý|năm)\s+(?:trước|ngoái|này|nay|tới|sau|kế)/u,
      re: REL_UNIT,
      parse(m) {
        const unit = lookup(REL_UNITS, m.groups!.unit)!;
        const offWord = m.groups!.off!.toLowerCase().replace(/\s+/g, ' ');
        if ((offWord === 'ngoái' || offWord === 'nay') && unit !== 'year') return [];
        return [mention(m, { kind: 'rel', unit, offset: REL_OFFSETS[offWord]! })];
      },
    },
    {
      hint: /cách\s+đây|(?:ngày|tuần|tháng|quý|năm)\s+(?:về\s+)?trước/u,
      re: AGO,
      parse(m) {
        const g = m.groups!;
        if (!g.cach && !g.ago) return [];
        if (DURATION_BEFORE_RE.test(before(m.input, m.index))) return [];
        const n = /^\d+$/.test(g.n!) ? Number(g.n) : lookup(NUMBER_WORDS, g.n)!;
        const unit = g.unit!.toLowerCase() === 'ngày' ? 'day' : lookup(REL_UNITS, g.unit)!;
        return n > 0 ? [mention(m, { kind: 'rel', unit, offset: -n })] : [];
      },
    },
    {
      hint: /(?:đầu|giữa|cuối|tuần)\s+(?:tuần|tháng|quý|năm)/u,
      re: REL_UNIT_PART,
      parse(m) {
        const unit = lookup(REL_UNITS, m.groups!.unit)!;
        const offset = m.groups!.off?.toLowerCase() === 'qua' ? -1 : 0;
        return [mention(m, { kind: 'rel', unit, offset })];
      },
    },
    {
      hint: /hôm|ngày\s+(?:mai|kia)/u,
      re: REL_DAY,
      parse: (m) => [mention(m, withTime<RelAnchor>({ kind: 'rel', unit: 'day', offset: lookup(REL_DAYS, m.groups!.rel)! }, m))],
    },
    {
      hint: /(?:sáng|trưa|chiều|tối|đêm|khuya)\s+(?:nay|qua|mai|hôm|ngày)/u,
      re: REL_DAY_POD,
      parse: (m) => [mention(m, withTime<RelAnchor>({ kind: 'rel', unit: 'day', offset: lookup(REL_DAYS_AFTER_POD, m.groups!.rel)! }, m))],
    },
  ],
  rangeBetween: new RegExp(`^\\s*(?:${alt(RANGE_WORDS)})\\s*$`, 'iu'),
  coordBetween: new RegExp(`^\\s*(?:${alt(COORD_WORDS)})\\s*$`, 'iu'),
  rangeBefore: new RegExp(`${L}(?:${alt(RANGE_START)})\\s+$`, 'iu'),
  pastCues: rxLower(`${L}(?:${alt(PAST_CUES)})${R}`),
  futureCues: rxLower(`${L}(?:${alt(FUTURE_CUES)})${R}`),
};
