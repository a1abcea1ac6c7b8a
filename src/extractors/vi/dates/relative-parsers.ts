import { NUM_START } from '../../common/dates/parser.js';
import { alt, before, hour24, L, lookup, R, wordsBefore } from '../../common/dates/pattern.js';
import { weekdayAfterWords, weekdayAnchor } from '../../common/dates/coordinated.js';
import type { DateParser } from '../../common/dates/types.js';
import * as WORDS from './constants.js';
import { MOD, POD, TIME, VI } from './pieces.js';

const WEEKDAY_BEFORE = wordsBefore(WORDS.WEEKDAY_PREPOSITIONS);
/** "từ thứ hai đến thứ sáu", "thứ 2 - thứ 6": every such weekday of a week, not one day. */
const WEEKDAY_RANGE_AFTER_RE = /^\s*(?:-|–|đến|tới)\s*(?:thứ|chủ\s+nhật)/iu;
const WEEKDAY_RANGE_BEFORE_RE = /(?:thứ\s+[\p{L}\p{N}]+|chủ\s+nhật)\s*(?:-|–|đến|tới)\s*$/iu;
const FIGURATIVE_TODAY_RE = new RegExp(`${L}(?:${alt(WORDS.FIGURATIVE_TODAY_BEFORE)})\\s+$`, 'iu');
const FIGURATIVE_YESTERDAY_RE = new RegExp(`${L}(?:${alt(WORDS.FIGURATIVE_YESTERDAY_BEFORE)})\\s+$`, 'iu');
const DURATION_BEFORE_RE = wordsBefore(WORDS.DURATION_BEFORE);
/** "nhân ngày đầu năm": New Year's Day as an occasion ("những ngày đầu năm" is early this year). */
const NEW_YEAR_DAY_BEFORE_RE = new RegExp(`${L}(?:nhân|dịp)\\s+ngày\\s+$`, 'iu');
/** "thế hệ của ngày mai", "ngày mai của em": tomorrow as the future. */
const FIGURATIVE_TOMORROW_BEFORE_RE = new RegExp(`${L}(?:${alt(WORDS.FIGURATIVE_TOMORROW_BEFORE)})\\s+$`, 'iu');
const FIGURATIVE_TOMORROW_AFTER_RE = /^\s+của(?![\p{L}\p{M}])/iu;
/** "thế hệ học trò hôm nay": the present age, not a day. */
const AGE_BEFORE_RE = new RegExp(`${L}(?:${alt(WORDS.AGE_NOUNS)})(?:\\s+[\\p{L}\\p{M}]+){0,2}\\s+$`, 'iu');
const ANY_WEEK_BEFORE_RE = new RegExp(`${L}(?:${alt(WORDS.ANY_WEEK_BEFORE)})\\s+$`, 'iu');
const WEEK_START_FUTURE_RE = new RegExp(`${L}(?:${alt(WORDS.WEEK_START_FUTURE)})${R}`, 'iu');
const COMPARISON_BASE_RE = new RegExp(`${L}(?:${alt(WORDS.COMPARISON_BASE_BEFORE)})\\s+$`, 'iu');
/** "tuần trước và sau Tết", "1 ngày trước và 2 ngày sau lễ": "trước" is "before", shared with "sau", not "last". */
const BEFORE_AND_AFTER_RE = /^\s+(?:và|hoặc)\s+(?:[\p{L}\p{N}]+\s+(?:ngày|tuần|tháng|năm)\s+)?(?:sau|trong)(?![\p{L}\p{M}])/iu;

/** "thứ Hai và thứ Ba tuần trước": the second weekday's week or direction is the first's too. */
const PAIR_OFFSET_AFTER_RE = new RegExp(
  `^\\s+(?:và|hoặc)\\s+(?:${alt(Object.keys(WORDS.WEEKDAY_NUMBERS))})\\s+(?<off>` +
    `${alt(weekdayAfterWords(WORDS.WEEKDAY_WORDS))})${R}`,
  'iu',
);

// "sáng thứ Hai", "hôm thứ Sáu", "thứ Hai tuần trước", "Chủ nhật vừa qua": anchored, as "Thứ hai, …" is "Secondly, …".
const weekday = VI.parser(['pod', 'hom', 'wd', 'off'] as const, {
  hint: /thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật/u,
  pattern:
    `(?:(?<pod>${POD})\\s+|(?<hom>(?:ngày\\s+)?hôm|ngày)\\s+)?(?<wd>${alt(Object.keys(WORDS.WEEKDAY_NUMBERS))})` +
    `(?:\\s+(?<off>${alt(weekdayAfterWords(WORDS.WEEKDAY_WORDS))}))?${R}`,
  extract(x) {
    const { g } = x;
    const off = g.off ?? PAIR_OFFSET_AFTER_RE.exec(x.after())?.groups?.off;
    const lead = Boolean(g.pod || g.hom || WEEKDAY_BEFORE.test(x.before()));
    if (!lead && !off) return [];
    // "làn sóng thứ hai này", "cô gái thứ hai tới từ Utah": a lower-case ordinal, not a weekday of a week.
    if (!lead && (/^thứ\s+\p{Ll}/u.test(g.wd!) || /^\s+từ(?![\p{L}\p{M}])/iu.test(x.after()))) return [];
    if (!off && (WEEKDAY_RANGE_AFTER_RE.test(x.after()) || WEEKDAY_RANGE_BEFORE_RE.test(x.before()))) return [];
    // "ngày thứ hai liên tiếp" is "the second day": after a bare "ngày" a weekday needs its week or direction.
    if (g.hom?.toLowerCase() === 'ngày' && !off) return [];
    const anchor = weekdayAnchor(WORDS.WEEKDAY_WORDS, g.wd, off, lookup(WORDS.PARTS_OF_DAY, g.pod));
    return anchor ? [x.mention(anchor)] : [];
  },
});

const COUNT_BEFORE_RE = new RegExp(`(?:\\p{N}|${L}(?:${alt(WORDS.COUNT_WORDS)}))\\s{1,3}$`, 'iu');

// "tuần trước", "tháng tới", "năm ngoái", "giữa tuần tới".
const relUnit = VI.parser(['mod', 'unit', 'off'] as const, {
  hint: /(?:tuần|tháng|quý|năm)\s+(?:trước|ngoái|này|nay|tới|sau|kế)/u,
  pattern:
    `${MOD}(?<unit>${alt(Object.keys(WORDS.REL_UNITS))})\\s+(?<off>` +
    `${alt(Object.keys(WORDS.REL_OFFSETS))})${R}(?!\\s+(?:đó|nữa|nay|khi))`,
  extract(x) {
    const unit = lookup(WORDS.REL_UNITS, x.g.unit)!;
    const offWord = x.g.off!.toLowerCase().replace(/\s+/g, ' ');
    // "2 năm nay", "ba tuần tới" are lengths of time; "năm ngoái" after a number is still last year
    // ("từ 18 năm ngoái lên 22 điểm năm nay": 18 points).
    if (!x.g.mod && offWord !== 'ngoái' && COUNT_BEFORE_RE.test(x.before())) return [];
    if ((offWord === 'ngoái' || offWord === 'nay') && unit !== 'year') return [];
    // "so với cùng kỳ năm trước/ngoái": the base of a comparison, not a date (common/dates/README.md convention).
    if ((offWord === 'trước' || offWord === 'ngoái') && COMPARISON_BASE_RE.test(x.before())) return [];
    if (offWord === 'trước' && BEFORE_AND_AFTER_RE.test(x.after())) return [];
    return [x.mention({ kind: 'rel', unit, offset: WORDS.REL_OFFSETS[offWord]! })];
  },
});

/** A bare "đầu tuần" not after an any-week word ("vào", "mỗi") and in a sentence with no future word. */
function thisWeekStart(mod: string | undefined, beforeText: string, sentence: string): boolean {
  if (mod?.toLowerCase() !== 'đầu') return false;
  return !ANY_WEEK_BEFORE_RE.test(beforeText) && !WEEK_START_FUTURE_RE.test(sentence);
}

// "cuối năm", "đầu tháng", "cuối tuần qua": this (or the last, the next) unit, with its part.
const relUnitPart = VI.parser(['mod', 'unit', 'off'] as const, {
  hint: /(?:đầu|giữa|cuối|tuần)\s+(?:tuần|tháng|quý|năm)/u,
  pattern:
    `(?<mod>${alt(Object.keys(WORDS.MODS).filter((k) => WORDS.MODS[k] !== 'APPROX'))})\\s+(?<unit>` +
    `${alt(Object.keys(WORDS.REL_UNITS))})(?:\\s+(?<off>${alt(Object.keys(WORDS.PART_OFFSETS))}))?${R}(?!\\s+(?:` +
    `${alt(WORDS.NOT_CALENDAR_UNITS)}))`,
  extract(x) {
    const unit = lookup(WORDS.REL_UNITS, x.g.unit)!;
    const offset = lookup(WORDS.PART_OFFSETS, x.g.off);
    if (x.g.off?.toLowerCase() === 'trước' && BEFORE_AND_AFTER_RE.test(x.after())) return [];
    // "vào cuối tuần", "dịp cuối tuần": a weekend in general, not this one. A bare "đầu tuần" in a sentence about
    // the past or present ("phiên giao đầu tuần", "Đầu tuần, ông đã …") is this week's start.
    if (unit === 'week' && offset === undefined && !thisWeekStart(x.g.mod, x.before(), x.input)) return [];
    // "nhân ngày đầu năm": New Year's Day in general, not this year's.
    if (unit === 'year' && offset === undefined && NEW_YEAR_DAY_BEFORE_RE.test(x.before())) return [];
    return [x.mention({ kind: 'rel', unit, offset: offset ?? 0 })];
  },
});

// "2 tuần trước", "cách đây ba năm": an offset back from the publication date.
const ago = VI.parser(['cach', 'n', 'unit', 'ago'] as const, {
  hint: /cách\s+đây|(?:ngày|tuần|tháng|quý|năm)\s+(?:về\s+)?trước/u,
  pattern:
    `(?:(?<cach>cách\\s+đây)\\s+)?${NUM_START}(?<n>\\d{1,2}|${alt(Object.keys(WORDS.NUMBER_WORDS))})\\s+(?<unit>ngày|` +
    `${alt(Object.keys(WORDS.REL_UNITS))})(?:\\s+(?<ago>về\\s+trước|trước))?${R}(?!\\s+(?:${alt(WORDS.BEFORE_SOMETHING_AFTER)})${R})`,
  extract(x) {
    const { g } = x;
    if (!g.cach && !g.ago) return [];
    if (g.ago && BEFORE_AND_AFTER_RE.test(x.after())) return [];
    // "10 - 15 năm trước": a vague range of years back.
    if (DURATION_BEFORE_RE.test(x.before()) || /\d\s*[-–]\s*$/u.test(x.before())) return [];
    const n = /^\d+$/.test(g.n!) ? Number(g.n) : lookup(WORDS.NUMBER_WORDS, g.n)!;
    const unit = g.unit!.toLowerCase() === 'ngày' ? 'day' : lookup(WORDS.REL_UNITS, g.unit)!;
    return n > 0 ? [x.mention({ kind: 'rel', unit, offset: -n })] : [];
  },
});

const hour = (h: number, pod?: Parameters<typeof hour24>[1]): number => hour24(h, pod);

// "chiều và đêm nay", "sáng và chiều mai": two parts of one day, one fact each.
const podPair = VI.parser(['pod1', 'pod2', 'rel'] as const, {
  hint: /(?:sáng|trưa|chiều|tối|đêm|khuya)\s+và\s+(?:sáng|trưa|chiều|tối|đêm|khuya)/u,
  pattern: `(?<pod1>${POD})\\s+và\\s+(?<pod2>${POD})\\s+(?<rel>${alt(Object.keys(WORDS.REL_DAYS_AFTER_POD))})${R}`,
  extract(x) {
    const offset = lookup(WORDS.REL_DAYS_AFTER_POD, x.g.rel);
    const p1 = lookup(WORDS.PARTS_OF_DAY, x.g.pod1);
    const p2 = lookup(WORDS.PARTS_OF_DAY, x.g.pod2);
    if (offset === undefined || !p1 || !p2 || p1 === p2) return [];
    return [
      { ...x.mention({ kind: 'rel', unit: 'day', offset, pod: p1 }), end: x.endOf('pod1')! },
      { ...x.mention({ kind: 'rel', unit: 'day', offset, pod: p2 }), start: x.startOf('pod2')! },
    ];
  },
});

/** "vì mẹ mà em có ngày hôm nay", "chưa bao giờ mạnh mẽ như hôm nay", "như mới hôm qua", "ngày mai của em": not a day. */
function todayGuarded(parser: DateParser): DateParser {
  return {
    ...parser,
    parse(m) {
      const prior = before(m.input, m.index);
      const today =
        /^(?:ngày\s+)?hôm\s+nay$/iu.test(m[0]) && (FIGURATIVE_TODAY_RE.test(prior) || AGE_BEFORE_RE.test(prior));
      const yesterday = /^(?:ngày\s+)?hôm\s+qua$/iu.test(m[0]) && FIGURATIVE_YESTERDAY_RE.test(prior);
      const next = m.input.slice(m.index + m[0].length);
      const tomorrow =
        /^ngày\s+mai$/iu.test(m[0]) &&
        (FIGURATIVE_TOMORROW_BEFORE_RE.test(prior) || FIGURATIVE_TOMORROW_AFTER_RE.test(next));
      return today || yesterday || tomorrow ? [] : parser.parse(m);
    },
  };
}

// "Từ mai, nắng nóng …", "thi đấu trận mai": "mai" alone after a preposition of time or a match is tomorrow.
const bareTomorrow = VI.parser(['rel'] as const, {
  hint: /mai/u,
  pattern:
    `(?<=${L}(?:${alt(WORDS.BARE_TOMORROW_LEADS)})\\s+)(?<rel>mai)` +
    `(?!\\s+(?:${alt(WORDS.BARE_TOMORROW_NOT_BEFORE)})${R})${R}`,
  extract(x) {
    if (x.g.rel !== 'mai') return [];
    return [x.mention({ kind: 'rel', unit: 'day', offset: 1 })];
  },
});

export const VI_RELATIVE_PARSERS: readonly DateParser[] = [
  bareTomorrow,
  podPair,
  weekday,
  relUnit,
  ago,
  relUnitPart,
  todayGuarded(
    VI.relDay(
      `${TIME}(?:(?<pod>${POD})\\s+)?(?<rel>${alt(Object.keys(WORDS.REL_DAYS))})` + `${R}`,
      /hôm|ngày\s+(?:mai|kia)/u,
      WORDS.REL_DAYS,
      { pods: WORDS.PARTS_OF_DAY, hour },
    ),
  ),
  VI.relDay(
    `${TIME}(?<pod>${POD})\\s+(?<rel>${alt(Object.keys(WORDS.REL_DAYS_AFTER_POD))})` + `${R}`,
    /(?:sáng|trưa|chiều|tối|đêm|khuya)(?:\s+(?:sớm|tối))?\s+(?:nay|qua|mai|hôm|ngày)/u,
    WORDS.REL_DAYS_AFTER_POD,
    {
      pods: WORDS.PARTS_OF_DAY,
      hour,
    },
  ),
];
