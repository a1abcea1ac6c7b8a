import { NUM_END, NUM_START } from '../../common/dates/parser.js';
import { alt, hour24, L, lookup, R } from '../../common/dates/pattern.js';
import type { AbsAnchor, DateParser, Mention } from '../../common/dates/types.js';
import {
  BARE_YEAR_FOLLOWERS,
  BARE_YEAR_LEADS,
  BARE_NOT_DATES,
  BATCH_WORDS,
  CLOCK_DURATION_BEFORE,
  CLOCK_LEADS,
  DAY_LEADS,
  DAY_ONLY_LEADS,
  DAY_WORDS_LEADS,
  DASH_DATE_LEADS,
  MODS,
  DOCUMENT_WORDS,
  FRACTION_AFTER,
  HABITUAL_AFTER,
  LEVEL_WORDS,
  LUNAR_AFTER,
  LUNAR_YEAR_BRANCHES,
  LUNAR_YEAR_STEMS,
  MONTH_NAME_BEFORE,
  NAMED_DAY_WORDS,
  NOT_A_SECOND_MONTH,
  NUMBER_WORDS,
  PARTS_OF_DAY,
  NAMED_BY_PAIR_WORDS,
  PLACE_NAMED_BY_DAY_NOUNS,
  PLACE_NOUN_NOT_AFTER,
  SCHOOL_LEVELS,
  QUANTITY_BEFORE,
  QUARTERS,
  SCORE_CONTEXT,
  SEASONS,
  WEEKDAYS,
  YEAR_LEADS,
  YEAR_REL,
} from './constants.js';
import {
  direction,
  DIRECTION,
  isLunarMonth,
  MOD,
  month,
  MONTH,
  POD,
  TIME,
  VI,
  withTime,
  year,
  YEAR_REL_AFTER,
  YEAR_SEP,
} from './pieces.js';
import { endsInLawName } from './law-names.js';

const DOCUMENT_BEFORE_RE = new RegExp(`${L}(?:${alt(DOCUMENT_WORDS)})\\s*$`, 'iu');
const BATCH_BEFORE_RE = new RegExp(`${L}(?:${alt(BATCH_WORDS)})\\s*$`, 'iu');
const NAMED_BEFORE_RE = new RegExp(`${L}(?:${alt(NAMED_BY_PAIR_WORDS)})\\s*$`, 'iu');
const QUANTITY_BEFORE_RE = new RegExp(`${L}(?:${alt(QUANTITY_BEFORE)})\\s*$`, 'iu');
const FRACTION_AFTER_RE = new RegExp(`^\\s*(?:${alt(FRACTION_AFTER)})${R}`, 'iu');
/** A score word within the few words before: "vùi dập đối thủ tới 6-1" is a result, "từ 6-9" is a day. */
const SCORE_BEFORE_RE = new RegExp(`${L}(?:${alt(SCORE_CONTEXT)})${R}(?:\\s+\\S+){0,3}\\s*$`, 'iu');
const DAY_LEAD_BEFORE_RE = new RegExp(`${L}(?:${alt(DAY_LEADS)})\\s+$`, 'iu');
const DAY_ONLY_LEAD_RE = new RegExp(`${L}(?:${alt(DAY_ONLY_LEADS)})\\s*$`, 'iu');
const LUNAR_AFTER_RE = new RegExp(
  `^\\s*\\)?\\s*(?:${alt(LUNAR_AFTER)}|năm\\s+(?:${alt(LUNAR_YEAR_STEMS)})\\s+(?:${alt(LUNAR_YEAR_BRANCHES)}))${R}`,
  'iu',
);
const MONTH_NAME_BEFORE_RE = new RegExp(`${L}(?:${alt(MONTH_NAME_BEFORE)})\\s+$`, 'iu');
/** "đường Ba ", "Quảng trường 19 ", "trường THPT 19 ": a place named after the day about to be written. */
const PLACE_NAMED_BY_DAY_BEFORE_RE = new RegExp(
  `${L}(?<!(?:${alt(PLACE_NOUN_NOT_AFTER)})\\s)(?:${alt(PLACE_NAMED_BY_DAY_NOUNS)}|trường\\s+(?:${alt(SCHOOL_LEVELS)}))` +
    `\\s+(?:[0-3]?\\d|${alt(Object.keys(NUMBER_WORDS))})\\s+$`,
  'iu',
);
/** "từ 20-9", "hôm 19.8", "18-8 và 30-8": what anchors a yearless "d-m" or "d.m". */
const DASH_LEAD_RE = new RegExp(
  `(?:${L}(?:${alt(DASH_DATE_LEADS)})\\s*,?` +
    // A list continues only from a day that had its own lead: "lễ 30-4 và 1-5", "đến 22-4 hoặc 30-4", not "(6.7 và 6.4)".
    `|${L}(?:${alt([...DASH_DATE_LEADS, ...DAY_LEADS, ...Object.keys(PARTS_OF_DAY)])})\\s+` +
    `(?:\\d{1,2}[-.]\\d{1,2}(?:[-.]\\d{4})?\\s*(?:và|hoặc|,)\\s*)+|\\d[-.]\\d{1,2}[-.]\\d{4}\\s*(?:và|hoặc|,)` +
    `|\\d[-./]\\d{1,2}(?:[-./]\\d{4})?\\s+(?:–|đến|tới|kéo\\s+dài\\s+(?:đến|tới)))\\s*$`,
  'iu',
);

/** "ngày tựu trường (", "lễ khai giảng (": a named day whose date the bracket gives. */
const NAMED_DAY_BRACKET_RE = new RegExp(
  `${L}(?:${alt(NAMED_DAY_WORDS)})(?:\\s+(?!(?:hôm|qua|nay|mai)${R})[\\p{L}\\p{M}]+){1,4}\\s*\\(\\s*$`,
  'iu',
);

/**
 * A holiday named with a capital "Ngày" and a proper name right before a dashed or dotted day: "Ngày Phụ nữ Việt Nam
 * 20-10", "Ngày Nhà giáo Việt Nam 20.11", "Ngày Thương binh - Liệt sĩ 27-7". Case-sensitive: the capitals are the cue
 * ("ngày thi đấu 2-1" stays a score).
 */
const HOLIDAY_NAME_BEFORE_RE =
  /(?:^|[^\p{L}\p{M}])Ngày(?=(?:\s+[\p{L}\p{M}]+){0,5}?\s+\p{Lu})(?:\s+(?:[\p{L}\p{M}]+|-|–)){1,6}\s+$/u;

const DECADE_BEFORE_RE = /(?:^|[^\p{L}])(?:những|các)\s+$/iu;
/** "cấp từ 3-6": a range of levels. */
const LEVEL_BEFORE_RE = new RegExp(`${L}(?:${alt(LEVEL_WORDS)})\\s+(?:từ|đến|tới)\\s+$`, 'iu');

const DAY_GROUPS = [
  'hh', 'mi', 'pod', 'wd', 'open', 'lead', 'lopen', 'd', 'sp', 'sep', 'sp2', 'm', 'y', 'close', 'yrel',
] as const;

/** A bare "d/m" (no "ngày", no year, no time) is a date unless its neighbours make it a quantity. */
function bareIsDate(g: Partial<Record<(typeof DAY_GROUPS)[number], string>>, before: string, after: string): boolean {
  if (LUNAR_AFTER_RE.test(after)) return false;
  if (g.lead || g.hh || g.pod || g.wd) return true;
  if (DOCUMENT_BEFORE_RE.test(before) || NAMED_BEFORE_RE.test(before)) return false;
  if (g.y) return true;
  if (BARE_NOT_DATES.has(`${g.d}/${g.m}`)) return false;
  if (QUANTITY_BEFORE_RE.test(before)) return false;
  return !FRACTION_AFTER_RE.test(after);
}

// "chiều 6/9", "15h ngày 6/9/2021", "thứ Hai, 6/9", "6-9-2021", "hôm 19.8".
const dayNumeric = VI.parser(DAY_GROUPS, {
  hint: /\d\s?[/.-]\s?\d/,
  pattern:
    `${TIME}(?:(?<pod>${POD})\\s+)?(?:(?<wd>${alt(WEEKDAYS)})\\s*(?:(?<open>\\()|,)?\\s*(?:ngày\\s+)?)?(?:(?<lead>ngà` +
    `y|hôm|mùng|mồng)\\s+(?<lopen>\\(\\s*)?)?` +
    `${NUM_START}(?<d>[0-3]?\\d)(?<sp>\\s?)(?<sep>[/.-])(?<sp2>\\s?)(?<m>[01]?\\d)(?:(?:\\k<sep>|\\.)(?<y>\\d{4}))?` +
    `${NUM_END}` +
    `(?<close>\\s*\\))?` +
    `${YEAR_REL_AFTER}`,
  extract(x) {
    const { g } = x;
    // "ngày 17- 6", "ngày 20/ 5": a stray space on one side of the dash or slash, only after "ngày"/"hôm"; spaced on
    // both sides ("ngày 3 - 4") it is a range of days, bare ("17 - 6") a score.
    if ((g.sp || g.sp2) && (g.sep === '.' || !g.lead || g.y || (g.sp && g.sp2))) return [];
    // "ngày tựu trường (19.8)", "ngày sinh nhật của ông (1-10)": a dotted or dashed day in brackets after a named day;
    // near a score word "(2-1)" stays a score.
    const dashOrDot = g.sep === '.' || (g.sep === '-' && !SCORE_BEFORE_RE.test(x.before(40)));
    const named = dashOrDot && Boolean(g.close) && NAMED_DAY_BRACKET_RE.test(x.before());
    const holiday = !g.lead && HOLIDAY_NAME_BEFORE_RE.test(x.before(60));
    const anchored = Boolean(g.lead || g.pod || g.hh || g.wd || named || holiday);
    // "6-9", "6.9" are dates only when anchored ("chiều 6-9", "từ 20-9"): bare, they are scores or ranges.
    if (g.sep !== '/' && !g.y && !anchored && (!DASH_LEAD_RE.test(x.before()) || LEVEL_BEFORE_RE.test(x.before()))) {
      return [];
    }
    const scoreNear = SCORE_BEFORE_RE.test(x.before(40)) && !DAY_ONLY_LEAD_RE.test(x.before());
    if (g.sep !== '/' && !g.y && !anchored && scoreNear) return [];
    // "thứ Hai (6/9)", "22h ngày (27/10)": the bracket opened before the day.
    const open = g.open ?? g.lopen;
    if (open && !g.close) return [];
    if (!bareIsDate(g, x.before(), x.after())) return [];
    const mo = month(g.m);
    if (mo === undefined || (g.y && year(g.y) === undefined)) return [];
    const anchor = withTime<AbsAnchor>({ kind: 'abs', day: Number(g.d), month: mo, year: year(g.y) }, g);
    // A ")" closing someone else's parenthesis ("Hôm nay (6/9)") stays out of the span.
    return [x.mention(anchor, g.close && !open ? { end: x.endOf('close')! - g.close.length } : {})];
  },
});

// "ngày 6 tháng 9 năm 2021", "mùng 2 tháng Chín", "7 tháng 5 năm 1954".
const dayWords = VI.parser(['hh', 'mi', 'pod', 'lead', 'd', 'm', 'y', 'yrel'] as const, {
  hint: /\d\s+tháng/u,
  pattern:
    `${TIME}(?:(?<pod>${POD})\\s+)?(?:(?<lead>${alt(DAY_WORDS_LEADS)})\\s+)?${NUM_START}(?<d>[0-3]?\\d)\\s+tháng\\s+(?<` +
    `m>${MONTH})(?:${YEAR_SEP}(?<y>\\d{4}))?${R}${YEAR_REL_AFTER}`,
  extract(x) {
    const { g } = x;
    // Without "ngày" it is a count of months ("3 tháng 9 ngày") unless a year or a time says otherwise.
    if ((!g.lead && !g.y && !g.hh && !g.pod) || (!g.y && isLunarMonth(g.m))) return [];
    // "hôm 8 tháng 9 âm lịch": read no more with "hôm" than "hôm 8/9 âm lịch" is.
    if (g.lead?.toLowerCase() === 'hôm' && LUNAR_AFTER_RE.test(x.after())) return [];
    const mo = month(g.m);
    if (mo === undefined || (g.y && year(g.y) === undefined)) return [];
    return [x.mention(withTime<AbsAnchor>({ kind: 'abs', day: Number(g.d), month: mo, year: year(g.y) }, g))];
  },
});

function dayRange(
  x: { start: number; end: number; startOf(n: 'd2'): number | undefined; endOf(n: 'd1'): number | undefined },
  g: { mod?: string; d1?: string; d2?: string; conn?: string; y?: string },
  mo: number,
): Mention[] {
  const y = year(g.y);
  const mod = lookup(MODS, g.mod) ?? null;
  const a: AbsAnchor = { kind: 'abs', day: Number(g.d1), month: mo, year: y, yearShared: y !== undefined };
  const b: AbsAnchor = { kind: 'abs', day: Number(g.d2), month: mo, year: y };
  if (a.day! >= b.day! || b.day! > 31) return [];
  if (g.conn?.toLowerCase() === 'và' || g.conn?.toLowerCase() === 'sang') {
    return [
      { start: x.start, end: x.endOf('d1')!, from: a, mod },
      { start: x.startOf('d2')!, end: x.end, from: b, mod: null },
    ];
  }
  return [{ start: x.start, end: x.end, from: a, to: b, mod }];
}

// "1-15/9", "từ ngày 1 đến 15/9/2021", "ngày 6 và 7/9", "từ ngày 28 đến 30-8-2026", "ngày 24-25/10", "từ ngày 16
// đến hết 25/7" (to the end of: a span, as for full days); "từ 14 sang 16/3" (moved to: two days, like "và").
const dayRangeNumeric = VI.parser(['from', 'pod', 'lead', 'd1', 'conn', 'd2', 'sep', 'm', 'y'] as const, {
  hint: /\d\s*[/.-]\s*\d/,
  pattern:
    `(?:(?<from>từ)\\s+)?(?:(?<pod>${POD})\\s+)?(?:(?<lead>${alt(DAY_LEADS)})\\s+)?${NUM_START}(?<d1>[0-3]?\\d)` +
    `\\s*(?<conn>-|–|(?:cho\\s+)?(?:đến|tới)(?:\\s+hết)?|và|sang)\\s*(?:ngày\\s+)?` +
    `(?<d2>[0-3]?\\d)\\s*(?<sep>[/.-])\\s*(?<m>[01]?\\d)(?:(?:\\k<sep>|\\.)(?<y>\\d{4}))?${NUM_END}`,
  extract(x) {
    const { g } = x;
    const mo = month(g.m);
    if (mo === undefined) return [];
    // "2-3-4" and "1.5-2.5" are not ranges of days: with "-" or "." the connector must be a word or a lead
    // ("ngày", or a part of day: "từ đêm 26 - 28.8", whose interval is of days).
    if (g.sep !== '/' && !g.lead && !g.pod && !g.y && /^[-–]$/.test(g.conn!)) return [];
    // "sang" joins two days only after "từ": "từ 14 sang 16/3".
    if (g.conn?.toLowerCase() === 'sang' && !g.from) return [];
    // "chỉ thị 16 đến 22-4": the first number is the document's, not a day; the end is read on its own.
    if (!g.from && !g.lead && !g.pod && DOCUMENT_BEFORE_RE.test(x.before())) return [];
    // A count noun after ("16/3 học sinh") reads a fraction, unless "ngày" leads, as for one day ("ngày 14 và 16/3 học
    // sinh được nghỉ").
    if (LUNAR_AFTER_RE.test(x.after()) || (!g.y && !g.lead && FRACTION_AFTER_RE.test(x.after()))) return [];
    return dayRange(x, g, mo);
  },
});

// "các ngày 8, 9 và 10/9", "ngày 8, 9, 10 tháng 9": three or more days sharing the last one's month, one fact each
// ("ngày 8 và 9/9" is dayRangeNumeric's).
const HABITUAL_AFTER_RE = new RegExp(`^\\s*(?:${alt(HABITUAL_AFTER)})${R}`, 'iu');
const dayList = VI.parser(['lead', 'list', 'last', 'sep', 'm', 'y', 'mw', 'yw'] as const, {
  hint: /\d\s*,\s*\d/,
  pattern:
    `(?<lead>${alt(DAY_LEADS)})\\s+(?<list>[0-3]?\\d(?:\\s*,\\s*[0-3]?\\d)+)(?:\\s*,\\s*|\\s*,?\\s+và\\s+)(?:ngày\\s+)?` +
    `(?<last>[0-3]?\\d)(?:(?<sep>[/.-])(?<m>[01]?\\d)(?:\\k<sep>(?<y>\\d{4}))?${NUM_END}|` +
    `\\s+tháng\\s+(?<mw>${MONTH})(?:${YEAR_SEP}(?<yw>\\d{4}))?${R})`,
  extract(x) {
    const { g } = x;
    const mo = month(g.m ?? g.mw);
    if (mo === undefined) return [];
    const last = Number(g.last);
    // "các ngày 8, 9 và 10/9 hàng năm": one span for the whole list, which the habitual refiner then drops.
    if (HABITUAL_AFTER_RE.test(x.after())) return [x.mention({ kind: 'abs', day: last, month: mo })];
    if (g.mw !== undefined && isLunarMonth(g.mw) && !g.yw) return [];
    const y = year(g.y ?? g.yw);
    if ((g.y ?? g.yw) !== undefined && y === undefined) return [];
    // The lead ("ngày", "mùng") makes the list days even before a count noun ("các ngày 14, 15 và 16/3 học sinh …").
    if (LUNAR_AFTER_RE.test(x.after())) return [];
    const listStart = x.startOf('list')!;
    const days = [...g.list!.matchAll(/\d+/gu)].map((d) => ({ day: Number(d[0]), at: listStart + d.index }));
    // Ascending days of one month: "ngày 8, 12 và 3/9" is not a list of days.
    if (![...days.map((d) => d.day), last].every((d, i, all) => d >= 1 && d <= 31 && (i === 0 || d > all[i - 1]!))) {
      return [];
    }
    const listed = days.map(({ day, at }, i): Mention => ({
      start: i === 0 ? x.start : at,
      end: at + String(day).length,
      from: { kind: 'abs', day, month: mo, year: y, yearShared: y !== undefined },
      mod: null,
    }));
    const lastDay: Mention = { start: x.startOf('last')!, end: x.end, from: { kind: 'abs', day: last, month: mo, year: y }, mod: null };
    return [...listed, lastDay];
  },
});

// "khoảng 25-27 tháng 7", "từ 23 đến 26 tháng 7 năm 2020".
const dayRangeWords = VI.parser(['mod', 'd1', 'conn', 'd2', 'm', 'y'] as const, {
  hint: /\d\s*(?:-|–|đến|tới|và)\s*\d+\s+tháng/u,
  pattern:
    `(?:từ\\s+)?${MOD}(?:ngày\\s+)?${NUM_START}(?<d1>[0-3]?\\d)\\s*(?<conn>-|–|đến|tới|và)\\s*(?:ngày\\s+)?(?<` +
    `d2>[0-3]?\\d)\\s+tháng\\s+(?<m>${MONTH})(?:${YEAR_SEP}(?<y>\\d{4}))?${R}`,
  extract(x) {
    const mo = month(x.g.m);
    return mo === undefined ? [] : dayRange(x, x.g, mo);
  },
});

// "tháng 9", "cuối tháng Tám", "tháng 9/2021", "tháng 9 và tháng 10/2021", "tháng 7-8", "tháng 9 tới".
const monthPhrase = VI.parser(['mod', 'm', 'y1', 'conn', 't2', 't3', 'm2', 'y', 'yrel', 'dir'] as const, {
  hint: /tháng\s/u,
  pattern:
    `${MOD}tháng\\s+(?<m>${MONTH})(?:${YEAR_SEP}(?<y1>\\d{4}))?` +
    `(?:\\s*(?:(?<conn>-|–|và|đến|tới)\\s*(?:(?<t2>tháng)\\s+)?|,\\s*(?<t3>tháng)\\s+)(?<m2>${MONTH})` +
    `(?!\\s*(?:${alt(NOT_A_SECOND_MONTH)}|năm\\s+(?!\\d))))?` +
    `(?:${YEAR_SEP}(?<y>\\d{4}))?${R}${YEAR_REL_AFTER}${DIRECTION}`,
  extract(x) {
    const { g } = x;
    const m1 = month(g.m);
    if (m1 === undefined || (isLunarMonth(g.m) && !g.y1 && !g.y && !g.yrel)) return [];
    // "tháng 10 âm lịch": a lunar month, no calendar value; "Cách mạng tháng Tám": a name.
    if (LUNAR_AFTER_RE.test(x.after()) || MONTH_NAME_BEFORE_RE.test(x.before())) return [];
    if (!g.mod && PLACE_NAMED_BY_DAY_BEFORE_RE.test(x.before())) return [];
    const y = year(g.y);
    // The direction word ("tới", "vừa qua") says which year; the span ends before it.
    const dir = { ...direction(g.dir), ...(g.dir ? { end: x.input.slice(0, x.startOf('dir')).trimEnd().length } : {}) };
    const first: AbsAnchor = { kind: 'abs', month: m1, year: year(g.y1) };
    if (g.m2 === undefined) return [x.mention({ ...first, year: first.year ?? y }, dir)];
    const m2 = month(g.m2);
    // "từ tháng 7.2004 đến năm 2017": "năm" is no second month here; the first month stands alone.
    if (m2 === undefined) return [{ ...x.mention(first), end: x.endOf('y1') ?? x.endOf('m')! }];
    const second: AbsAnchor = { kind: 'abs', month: m2, year: y };
    const isRange = g.conn !== undefined && g.conn.toLowerCase() !== 'và';
    // A range or two consecutive months: one span ("2021-09/2021-10").
    if (isRange || m2 === (m1 % 12) + 1) return [x.mention(first, { to: second, ...dir })];
    // "tháng 7 và tháng 9/2021": two months, the written year shared back.
    const cut = x.endOf('y1') ?? x.endOf('m')!;
    const secondStart = x.startOf('t2') ?? x.startOf('t3') ?? x.startOf('m2')!;
    const wraps = m1 > m2;
    return [
      {
        ...x.mention(
          first.year !== undefined || y === undefined ? first : { ...first, year: wraps ? y - 1 : y, yearShared: true },
        ),
        end: cut,
      },
      { start: secondStart, end: x.end, from: second, mod: null, ...dir },
    ];
  },
});

// "8/2021".
const monthNumeric = VI.parser(['mod', 'm', 'y'] as const, {
  hint: /\d\/\d{4}/,
  pattern: `${MOD}${NUM_START}(?<m>[01]?\\d)/(?<y>\\d{4})${NUM_END}`,
  extract(x) {
    if (!x.g.mod && (DOCUMENT_BEFORE_RE.test(x.before()) || BATCH_BEFORE_RE.test(x.before()))) return [];
    const mo = month(x.g.m);
    const y = year(x.g.y);
    return mo !== undefined && y !== undefined ? [x.mention({ kind: 'abs', month: mo, year: y })] : [];
  },
});

const quarter = VI.parser(['mod', 'q', 'y', 'yrel'] as const, {
  hint: /quý\s/u,
  pattern: `${MOD}quý\\s+(?<q>iv|i{1,3}|[1-4])(?:${YEAR_SEP}(?<y>\\d{4}))?${R}${YEAR_REL_AFTER}`,
  extract: (x) => [x.mention({ kind: 'abs', quarter: lookup(QUARTERS, x.g.q)!, year: year(x.g.y) })],
});

// "8 tháng đầu năm 2021", "6 tháng cuối năm", "nửa đầu năm", "5 tháng năm 2025": the first or last n months.
const monthsOfYear = VI.parser(['half', 'n', 'part', 'nam', 'y', 'yrel'] as const, {
  hint: /(?:tháng|nửa)\s+(?:(?:đầu|cuối|sau)\s+)?năm/u,
  pattern:
    `(?:(?<half>nửa)|(?<n>1[01]|[1-9]|${alt(Object.keys(NUMBER_WORDS))})\\s+tháng)(?:\\s+(?<part>đầu|cuối|sau))?` +
    `\\s+(?<nam>năm)(?:\\s+(?<y>\\d{4})|\\s+(?<yrel>${alt(Object.keys(YEAR_REL))}))?${R}`,
  extract(x) {
    const { g } = x;
    // Without "đầu"/"cuối", "5 tháng năm 2025" needs its year and a lower-case "năm" ("tháng Năm" is May).
    if (!g.part && ((!g.y && !g.yrel) || g.half || g.nam !== 'năm' || DAY_LEAD_BEFORE_RE.test(x.before()))) return [];
    const n = g.half ? 6 : /^\d+$/.test(g.n!) ? Number(g.n) : lookup(NUMBER_WORDS, g.n)!;
    const y = year(g.y);
    const first = (g.part ?? 'đầu').toLowerCase() === 'đầu';
    const from: AbsAnchor = { kind: 'abs', month: first ? 1 : 13 - n, year: y };
    const to: AbsAnchor = { kind: 'abs', month: first ? n : 12, year: y };
    // Without a year, "6 tháng đầu năm" is this year's.
    return [x.mention(from, { to: g.y || g.yrel ? to : { ...to, yearRel: 0 } })];
  },
});

// "năm 2021-2022", "giai đoạn 2021-2025", "nhiệm kỳ 2025-2030", "từ năm 1999 đến năm 2017", "những năm 1959-1975".
const yearRange = VI.parser(['y1', 'y2'] as const, {
  hint: /\d{4}\s*(?:-|–|đến)\s*(?:năm\s+)?\d{4}/u,
  pattern:
    `(?:từ\\s+)?(?:năm|(?:giai\\s+đoạn(?:\\s+năm\\s+học)?|thời\\s+kỳ|nhiệm\\s+kỳ)(?:\\s+từ)?|niên\\s+khóa)\\s+(?<y1>\\d{4})\\s*(?:-|–|đến)\\s*(?:năm\\s+)?(?` +
    `<y2>\\d{4})${NUM_END}`,
  extract(x) {
    const y1 = year(x.g.y1);
    const y2 = year(x.g.y2);
    if (y1 === undefined || y2 === undefined || y2 <= y1) return [];
    return [x.mention({ kind: 'abs', year: y1 }, { to: { kind: 'abs', year: y2 } })];
  },
});

const BARE_YEAR_END_RE = new RegExp(`^(?:\\s*(?:[,.;:)!?…]|$)|\\s+(?:${alt(BARE_YEAR_FOLLOWERS)})${R})`, 'iu');

// "hiệu lực từ 2019, …", "đến cuối 2021.", "từ 2019 đến nay": a bare year after a preposition, ending there.
const bareYear = VI.parser(['lead', 'y'] as const, {
  hint: /(?:từ|đến|tới|trước|sau|vào|hồi|đầu|giữa|cuối)\s+(?:1[89]|20)\d\d/u,
  pattern: `(?<lead>${alt(BARE_YEAR_LEADS)})\\s+${NUM_START}(?<y>(?:1[89]|20)\\d\\d)${NUM_END}`,
  extract(x) {
    const y = year(x.g.y);
    if (y === undefined || !BARE_YEAR_END_RE.test(x.after())) return [];
    const lead = x.g.lead!.toLowerCase();
    const mod = lead === 'đầu' ? 'START' : lead === 'giữa' ? 'MID' : lead === 'cuối' ? 'END' : null;
    return [{ ...x.mention({ kind: 'abs', year: y }), start: mod ? x.start : x.startOf('y')!, mod }];
  },
});

// "năm 2021", "năm 2020 và 2021", "các năm 2019, 2021 và 2023", "SN 1981", "cùng kỳ 2025".
const yearParser = VI.parser(['mod', 'lead', 'y', 'rest'] as const, {
  hint: /(?:năm|sn|kỳ)\s+\d/u,
  pattern:
    `${MOD}(?<lead>${alt(YEAR_LEADS)})\\s+(?<y>\\d{4})(?<rest>(?:\\s*(?:và|,)\\s*(?:năm\\s+)?\\d{4}${NUM_END})*)` +
    `${NUM_END}`,
  extract(x) {
    const { g } = x;
    // "sn" is "sinh năm" only as written in capitals ("SN 1981").
    if (g.lead === 'sn') return [];
    const y = year(g.y);
    if (y === undefined) return [];
    // "những năm 1990", "các năm 2000": a decade, not a year.
    if (y % 10 === 0 && !g.rest && DECADE_BEFORE_RE.test(x.before())) return [];
    // "Hiến pháp năm 1992", "Luật Đất đai năm 2013": the year is part of a law's name.
    if (endsInLawName(x.before(80))) return [];
    const first = x.mention({ kind: 'abs', year: y }, { end: x.endOf('y')! });
    const restStart = x.startOf('rest');
    if (!g.rest || restStart === undefined) return [first];
    const later: Mention[] = [];
    for (const item of g.rest.matchAll(/(?:năm\s+)?(\d{4})/giu)) {
      const value = year(item[1]);
      if (value === undefined) return [first];
      const start = restStart + item.index;
      later.push({ start, end: start + item[0].length, from: { kind: 'abs', year: value }, mod: null });
    }
    return [first, ...later];
  },
});

// "dịp 30/4-1/5", "từ 25/12/2025 - 2/1/2026": a range whose ends each write their month.
const dayMonthRange = VI.parser(['lead', 'd1', 'm1', 'y1', 'd2', 'm2', 'y', 'yrel'] as const, {
  hint: /\d\/\d{1,2}(?:\/\d{4})?\s*[-–]\s*\d{1,2}\//,
  pattern:
    `(?<lead>(?:từ\\s+)?(?:(?:ngày|dịp)\\s+)?)${NUM_START}(?<d1>[0-3]?\\d)/(?<m1>[01]?\\d)(?:/(?<y1>\\d{4}))?` +
    `\\s*[-–]\\s*` +
    `(?<d2>[0-3]?\\d)/(?<m2>[01]?\\d)(?:/(?<y>\\d{4}))?${NUM_END}${YEAR_REL_AFTER}`,
  extract(x) {
    const { g } = x;
    const m1 = month(g.m1);
    const m2 = month(g.m2);
    if (m1 === undefined || m2 === undefined || Number(g.d1) > 31 || Number(g.d2) > 31) return [];
    // "tỷ lệ 1/2-2/3 số hộ": fractions, unless a lead or a year says dates.
    const quantity = QUANTITY_BEFORE_RE.test(x.before()) || FRACTION_AFTER_RE.test(x.after());
    if (!g.lead && !g.y && (quantity || DOCUMENT_BEFORE_RE.test(x.before()))) return [];
    const y = year(g.y);
    const y1 = year(g.y1);
    const wraps = m1 * 100 + Number(g.d1) >= m2 * 100 + Number(g.d2);
    // "25/12-2/1" crosses a new year; without years written, only such a wrap makes the ends fall back.
    if (wraps && y === undefined && (m1 !== 12 || m2 !== 1)) return [];
    const fromYear = y1 ?? (y === undefined ? undefined : wraps ? y - 1 : y);
    const from: AbsAnchor = {
      kind: 'abs',
      day: Number(g.d1),
      month: m1,
      year: fromYear,
      yearShared: !y1 && y !== undefined,
    };
    const to: AbsAnchor = { kind: 'abs', day: Number(g.d2), month: m2, year: y };
    return [x.mention(from, { to })];
  },
});

// "đêm 18 rạng sáng 19/8": a night and the morning after, one fact each.
const nightToMorning = VI.parser(['pod1', 'd1', 'pod2', 'd2', 'sep', 'm', 'y'] as const, {
  hint: /(?:đêm|tối|khuya)\s+\d{1,2}\s*(?:,\s*)?(?:rạng\s+sáng|sáng)\s+\d/u,
  pattern:
    `(?<pod1>đêm|tối|khuya)\\s+(?<d1>[0-3]?\\d)\\s*(?:,\\s*)?(?:(?:và|đến)\\s+)?(?<pod2>rạng\\s+sáng|sáng)\\s+` +
    `(?:ngày\\s+)?(?<d2>[0-3]?\\d)(?<sep>[/.-])(?<m>[01]?\\d)(?:\\k<sep>(?<y>\\d{4}))?${NUM_END}`,
  extract(x) {
    const { g } = x;
    const mo = month(g.m);
    const d1 = Number(g.d1);
    const d2 = Number(g.d2);
    if (mo === undefined || !(d1 + 1 === d2 || (d2 === 1 && d1 >= 28))) return [];
    const y = year(g.y);
    const m1 = d2 === 1 ? (mo === 1 ? 12 : mo - 1) : mo;
    const y1 = y === undefined ? undefined : d2 === 1 && mo === 1 ? y - 1 : y;
    const night: AbsAnchor = { kind: 'abs', day: d1, month: m1, year: y1, yearShared: y !== undefined, pod: 'NI' };
    const morning: AbsAnchor = { kind: 'abs', day: d2, month: mo, year: y, pod: 'MO' };
    return [
      { start: x.start, end: x.endOf('d1')!, from: night, mod: null },
      { start: x.startOf('pod2')!, end: x.end, from: morning, mod: null },
    ];
  },
});

const DAY_AFTER_TIME_RE = new RegExp(
  `^\\s*,?\\s*(?:(?:${alt(DAY_LEADS)}|hôm)\\s+)?(?:\\d{1,2}\\s*(?:[/.-]\\s*\\d|tháng)|(?:nay|qua|mai|hôm)${R})`,
  'iu',
);
/** "17h30 cùng ngày", "lúc 9h hôm đó": the day is an earlier sentence's. */
const SAME_DAY_AFTER_RE = /^\s*(?:cùng\s+ngày|(?:ngày\s+)?hôm\s+đó|ngày\s+đó)(?![\p{L}\p{M}])/iu;
/** "Chiều cùng ngày, lúc 16h30": the same anaphoric day written before the time. */
const SAME_DAY_BEFORE_RE = /(?<![\p{L}\p{M}])(?:cùng\s+ngày|hôm\s+đó|ngày\s+đó)(?![\p{L}\p{M}])/iu;
const CLOCK_DURATION_RE = new RegExp(`${L}(?:${alt(CLOCK_DURATION_BEFORE)})\\s*$`, 'iu');

// "Lúc 14h30, …", "Tuy nhiên, 15h30, …": a clock time alone, on the day the sentence gives (attachClockTimes).
const clockAlone = VI.parser(['lead', 'hh', 'mi', 'pod'] as const, {
  hint: /\d\s*(?:h|giờ)/u,
  pattern:
    `(?:(?<lead>${alt(CLOCK_LEADS)})\\s+)?${NUM_START}(?<hh>[01]?\\d|2[0-3])\\s*(?:h|giờ)\\s*(?<mi>[0-5]\\d)?['’]?` +
    `(?:\\s*phút)?(?:\\s+(?<pod>${POD}))?${R}`,
  extract(x) {
    const { g } = x;
    // "3h" alone is as often a length of time; "từ 8h đến 17h" is opening hours.
    if (!g.lead && (!g.mi || CLOCK_DURATION_RE.test(x.before()))) return [];
    if (/^\s*(?:-|–|đến|tới)\s*\d/u.test(x.after()) || /(?:-|–|đến|tới)\s*$/u.test(x.before())) return [];
    // "lúc 8h30 sáng 5/9", "lúc 8h sáng nay": the day parsers take the time with its day.
    if (DAY_AFTER_TIME_RE.test(x.after())) return [];
    const p = lookup(PARTS_OF_DAY, g.pod);
    return [
      x.mention(
        { kind: 'rel', unit: 'day', offset: 0, hour: hour24(Number(g.hh), p), minute: Number(g.mi ?? 0) },
        {
          clockOnly: true,
          ...(SAME_DAY_AFTER_RE.test(x.after()) || SAME_DAY_BEFORE_RE.test(x.input.slice(0, x.start))
            ? { needsDay: true }
            : {}),
        },
      ),
    ];
  },
});

// "mùa thu năm nay", "mùa đông năm 2020", "mùa hè này", "hè này": a season of a written or relative year.
const season = VI.parser(['mua', 's', 'y', 'nay', 'yrel'] as const, {
  hint: /mùa\s+(?:xuân|hè|hạ|thu|đông)\s+(?:năm|này)|hè\s+này/u,
  pattern:
    `(?:(?<mua>mùa)\\s+)?(?<s>${alt(Object.keys(SEASONS))})(?:\\s+năm\\s+(?<y>\\d{4})${NUM_END}|\\s+(?<nay>này)${R}|` +
    `${YEAR_REL_AFTER})`,
  extract(x) {
    const { g } = x;
    if (!g.y && !g.yrel && !g.nay) return [];
    // Without "mùa" only "hè này" is a season ("thu này", "Xuân này" are a verb or a name); "vỉa hè này" a pavement.
    if (!g.mua && (g.s!.toLowerCase() !== 'hè' || !g.nay || /vỉa\s+$/iu.test(x.before()))) return [];
    const yearRel = g.nay ? { yearRel: 0 } : {};
    return [x.mention({ kind: 'abs', season: lookup(SEASONS, g.s)!, year: year(g.y), ...yearRel })];
  },
});

// "ngày 20 vừa qua", "hôm 20 vừa rồi", "ngày 30 tới": a day of the month without its month, which its direction
// word licenses ("ngày 3" alone is a count or the third day of an event).
const dayOfMonth = VI.parser(['pod', 'lead', 'd', 'dir'] as const, {
  hint: /(?:ngày|hôm)\s+(?:mùng\s+)?\d{1,2}\s+(?:vừa|tới|sắp|qua)/u,
  pattern:
    `(?:(?<pod>${POD})\\s+)?(?<lead>ngày|hôm)\\s+(?:mùng\\s+)?${NUM_START}(?<d>[0-3]?\\d)${NUM_END}\\s+` +
    `(?<dir>vừa\\s+qua|vừa\\s+rồi|sắp\\s+tới|tới)${R}(?!\\s*(?:ngày|hôm|\\d))`,
  extract(x) {
    const d = Number(x.g.d);
    if (d < 1 || d > 31) return [];
    const anchor: AbsAnchor = { kind: 'abs', day: d, ...(x.g.pod ? { pod: lookup(PARTS_OF_DAY, x.g.pod) } : {}) };
    return [x.mention(anchor, { tense: /tới/u.test(x.g.dir!) ? 1 : -1 })];
  },
});

export const VI_DAY_PARSERS: readonly DateParser[] = [
  dayMonthRange,
  nightToMorning,
  dayNumeric,
  dayWords,
  dayRangeNumeric,
  dayRangeWords,
  dayList,
  dayOfMonth,
  monthPhrase,
  monthNumeric,
  quarter,
  monthsOfYear,
  yearRange,
  yearParser,
  bareYear,
  season,
  clockAlone,
];
