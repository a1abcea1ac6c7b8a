import { alt, L, lookup, R, wordsBefore } from '../../common/dates/pattern.js';
import { weekdayAfterWords, weekdayAnchor } from '../../common/dates/coordinated.js';
import type { DateParser } from '../../common/dates/types.js';
import * as WORDS from './constants.js';
import { ID, MOD, POD, pod } from './pieces.js';

const WEEKDAY_BEFORE = wordsBefore(WORDS.WEEKDAY_PREPOSITIONS);
const DURATION_BEFORE_RE = wordsBefore(WORDS.DURATION_BEFORE);
const HEDGE_BEFORE_RE = wordsBefore(WORDS.HEDGE_BEFORE);
const COMPARISON_BASE_RE = new RegExp(`${L}(?:${alt(WORDS.COMPARISON_BASE_BEFORE)})\\s+$`, 'iu');
/** "beberapa hari ini", "dua hari kemarin": a span of days, not today or yesterday. */
const DAY_COUNT_BEFORE_RE = new RegExp(
  `(?:${L}(?:${alt(WORDS.DAY_COUNT_BEFORE)})|(?<![\\p{N}.,])\\d{1,2})\\s+(?:hari\\s+)?` + `$|hari-$`,
  'iu',
);
/** "pukul 10.00 WIB hari ini". */
const TIME_BEFORE =
  `(?:(?:${alt(WORDS.CLOCK_WORDS)})\\s+(?<hh>[01]?\\d|2[0-3])[.:](?<mi>[0-5]\\d)(?:\\s*(?<tz>` +
  `${alt(Object.keys(WORDS.ZONES))}))?\\s+)?`;

const relUnit = ID.parser(['mod', 'unit', 'off'] as const, {
  hint: /(?:pekan|minggu|bulan|kuartal|triwulan|tahun)\s+(?:lalu|yang|kemarin|silam|ini|depan|mendatang|berikutnya)/u,
  pattern:
    // A whole count word: "dua bulan lalu" is a length, "pekan kedua bulan ini" this month.
    `(?<!(?:\\p{N}|(?<!\\p{L})(?:${alt(WORDS.COUNT_WORDS)}))\\s{1,3})${MOD}(?<unit>${alt(Object.keys(WORDS.REL_UNITS))})\\s+(?<off>` +
    `${alt(Object.keys(WORDS.REL_OFFSETS))})${R}`,
  extract(x) {
    // "Minggu" with a capital is Sunday.
    if (x.g.unit === 'Minggu' && x.start > 0) return [];
    const offset = lookup(WORDS.REL_OFFSETS, x.g.off)!;
    // "periode yang sama tahun lalu": the base of a comparison, not a date.
    if (offset === -1 && COMPARISON_BASE_RE.test(x.before())) return [];
    return [
      x.mention({ kind: 'rel', unit: lookup(WORDS.REL_UNITS, x.g.unit)!, offset: lookup(WORDS.REL_OFFSETS, x.g.off)! }),
    ];
  },
});

// "akhir tahun", "awal bulan", "akhir pekan nanti": this unit, with its part.
const relUnitPart = ID.parser(['mod', 'unit', 'nanti'] as const, {
  hint: /(?:awal|pertengahan|akhir|penghujung)\s+(?:tahun|bulan|pekan)/u,
  pattern: `(?<mod>awal|pertengahan|akhir|penghujung)\\s+(?<unit>tahun|bulan|pekan)(?:\\s+(?<nanti>nanti))?${R}`,
  extract(x) {
    const unit = lookup(WORDS.REL_UNITS, x.g.unit)!;
    // "di akhir pekan", "libur akhir pekan": a weekend in general; "akhir pekan ini/nanti" is this one.
    if (unit === 'week' && !x.g.nanti) return [];
    return [x.mention({ kind: 'rel', unit, offset: 0 })];
  },
});

// "dua pekan lalu", "3 hari yang lalu": an offset back from the publication date.
const ago = ID.parser(['n', 'unit', 'one'] as const, {
  hint: /(?:hari|pekan|minggu|bulan|kuartal|triwulan|tahun)\s+(?:yang\s+)?(?:lalu|silam)/,
  pattern:
    `(?:(?<n>\\d{1,2}|${alt(Object.keys(WORDS.NUMBER_WORDS))})\\s+(?<unit>hari|${alt(Object.keys(WORDS.REL_UNITS))})|` +
    `(?<one>${alt(Object.keys(WORDS.ONE_UNIT_WORDS))}))\\s+(?:yang\\s+)?(?:lalu|silam)${R}`,
  extract(x) {
    if (DURATION_BEFORE_RE.test(x.before()) || HEDGE_BEFORE_RE.test(x.before())) return [];
    const one = lookup(WORDS.ONE_UNIT_WORDS, x.g.one);
    if (one) return [x.mention({ kind: 'rel', unit: one, offset: -1 })];
    const n = /^\d+$/.test(x.g.n!) ? Number(x.g.n) : lookup(WORDS.NUMBER_WORDS, x.g.n)!;
    const unit = x.g.unit!.toLowerCase() === 'hari' ? 'day' : lookup(WORDS.REL_UNITS, x.g.unit)!;
    return n > 0 ? [x.mention({ kind: 'rel', unit, offset: -n })] : [];
  },
});

/** "pada Selasa dan Kamis": two bare weekdays, a schedule, unless dated or directed ("Sabtu (13/4) dan Minggu"). */
const WEEKDAY_PAIR_AFTER_RE = new RegExp(
  `^\\s+(?:dan|atau)\\s+(?:hari\\s+)?(?:${alt(WORDS.WEEKDAYS)})${R}(?!\\s*,?\\s*\\(?\\s*\\d)` +
    `(?!\\s+(?:${alt(weekdayAfterWords(WORDS.WEEKDAY_WORDS))})${R})`,
  'iu',
);
/** "yang diumumkan Senin,", "dirilis Jumat.": a capitalised weekday right after a passive verb, ending the clause. */
const PASSIVE_BEFORE_RE = /(?<![\p{L}\p{M}])di\p{Ll}{3,}\s+$/u;
const CLAUSE_END_AFTER_RE = /^\s*(?:[,.;)]|$)/u;
const ZONE_AFTER_RE = new RegExp(`^\\s+(?:${alt(WORDS.WEEKDAY_ZONE_AFTER)})${R}`, 'iu');
const COMING_DAY_BEFORE_RE = new RegExp(`${L}(?:${alt(WORDS.COMING_DAYS)})\\s+(?:dan|atau|hingga|sampai)\\s+$`, 'iu');

const WEEKDAY_ALT = alt(WORDS.WEEKDAYS);
/** "Senin hingga Jumat", "dari Senin sampai Sabtu": a range of weekdays, a schedule. */
const WEEKDAY_RANGE_AFTER_RE = new RegExp(`^\\s+(?:hingga|sampai|s\\.d\\.?)\\s+(?:hari\\s+)?(?:${WEEKDAY_ALT})${R}`, 'iu');
const WEEKDAY_RANGE_BEFORE_RE = new RegExp(`${L}(?:${WEEKDAY_ALT})\\s+(?:hingga|sampai|s\\.d\\.?)\\s+(?:hari\\s+)?$`, 'iu');
/** "Jumat dan Sabtu pekan ini", "Kamis atau Jumat depan": the second weekday's week or direction is the first's too. */
const PAIR_OFFSET_AFTER_RE = new RegExp(
  `^\\s+(?:dan|atau)\\s+(?:hari\\s+)?(?:${WEEKDAY_ALT})\\s+(?<off>${alt(weekdayAfterWords(WORDS.WEEKDAY_WORDS))})${R}`,
  'iu',
);

// "pada Senin", "hari Rabu", "Jumat lalu", "Selasa pagi", "…, ujarnya, Senin.", "besok dan Minggu".
const weekday = ID.parser(['hari', 'wd', 'pod', 'off', 'pod2'] as const, {
  hint: /senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad/,
  pattern:
    `(?:(?<hari>hari)\\s+)?(?<wd>${alt(WORDS.WEEKDAYS)})(?:\\s+(?<pod>${POD}))?(?:\\s+(?<off>` +
    // "Kamis nanti malam": the part of day may follow the direction word.
    `${alt(weekdayAfterWords(WORDS.WEEKDAY_WORDS))})(?:\\s+(?<pod2>${POD}))?)?${R}`,
  extract(x) {
    const { g } = x;
    const wd = g.wd!.toLowerCase();
    const capital = g.wd![0] !== g.wd![0]!.toLowerCase();
    const off = g.off ?? (g.pod ? undefined : PAIR_OFFSET_AFTER_RE.exec(x.after())?.groups?.off);
    // "Senin-Jumat", "Senin hingga Jumat": every weekday of a week, not one day.
    if (/^\s*[-–]\s*\p{L}/u.test(x.after()) || /[-–]\s*$/u.test(x.before())) return [];
    // A part of day makes it one night or morning, not a schedule: "Selasa pagi hingga Rabu dini hari".
    if (!g.pod && (WEEKDAY_RANGE_AFTER_RE.test(x.after()) || WEEKDAY_RANGE_BEFORE_RE.test(x.before()))) return [];
    // A weekday set off by commas after the verb ("kata X, Senin." "Denpasar, Jumat, Kamal …") is the day it happened.
    const commaSet = capital && !off && /,\s*$/u.test(x.before()) && /^\s*(?:[,.;)]|$)/u.test(x.after());
    if (!off && !g.pod && WEEKDAY_PAIR_AFTER_RE.test(x.after())) return [];
    const coming = capital && COMING_DAY_BEFORE_RE.test(x.before());
    const passive = capital && !off && PASSIVE_BEFORE_RE.test(x.before()) && CLAUSE_END_AFTER_RE.test(x.after());
    const setOff = commaSet || coming || passive || (capital && ZONE_AFTER_RE.test(x.after()));
    // "minggu" is also "week": Sunday only as "hari Minggu" or capitalised and set off.
    if (wd === 'minggu' && !g.hari && !setOff && !(capital && (g.pod || WEEKDAY_BEFORE.test(x.before())))) return [];
    if (!g.hari && !off && !g.pod && !setOff && !WEEKDAY_BEFORE.test(x.before())) return [];
    const anchor = weekdayAnchor(WORDS.WEEKDAY_WORDS, wd, off, pod(g));
    return anchor ? [x.mention(anchor, coming ? { tense: 1 } : {})] : [];
  },
});

/** "generasi muda hari ini": the present age, not a day; "demi hari esok": the future, not tomorrow. */
const AGE_BEFORE_RE = new RegExp(`${L}(?:${alt(WORDS.AGE_NOUNS)})\\s+$`, 'iu');
const PRESENT_VERB_BEFORE_RE = new RegExp(`${L}(?:${alt(WORDS.PRESENT_OBJECT_VERBS)})\\s+$`, 'iu');
const NP_CLOSER_AFTER_RE = new RegExp(`^\\s+(?:${alt(WORDS.NP_CLOSERS_AFTER)})${R}`, 'iu');
/** A common noun (a lower-case word that is no preposition or time word) right before "kemarin". */
const NOUN_BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{M}-])(?!(?:${alt(WORDS.DAY_WORDS_BEFORE_KEMARIN)})\\s+$)[\\p{Ll}][\\p{L}\\p{M}]+\\s+$`,
  'u',
);
const FUTURE_NOUN_BEFORE_RE = /(?<![\p{L}\p{M}])hari\s+$/iu;
const GREENHORN_BEFORE_RE = new RegExp(`${L}(?:${alt(WORDS.GREENHORN_BEFORE)})\\s+$`, 'iu');
const ONE_NIGHT_BEFORE_RE = new RegExp(`${L}(?:${alt(WORDS.ONE_NIGHT_BEFORE)})\\s+$`, 'iu');
const ONE_NIGHT_AFTER_RE = new RegExp(`^\\s+(?:${alt(WORDS.ONE_NIGHT_AFTER)})${R}`, 'iu');

/**
 * "hari ini", "kemarin": not after a count ("beberapa hari ini") nor inside "hari-hari ini"; "semalam" not as
 * a night's length ("menginap semalam", "semalam suntuk").
 */
function relDayGuarded(parser: DateParser): DateParser {
  return {
    ...parser,
    parse(m) {
      const before = m.input.slice(Math.max(0, m.index - 30), m.index);
      if (DAY_COUNT_BEFORE_RE.test(before)) return [];
      const rel = m.groups?.rel?.toLowerCase();
      if (rel === 'hari ini' && (AGE_BEFORE_RE.test(before) || PRESENT_VERB_BEFORE_RE.test(before))) return [];
      // "reshuffle kemarin itu": the recent one, which need not be yesterday's; too weak to give a day.
      const rest = m.input.slice(m.index + m[0].length);
      if (rel === 'kemarin' && !m.groups?.pod && NOUN_BEFORE_RE.test(before) && NP_CLOSER_AFTER_RE.test(rest)) return [];
      if (rel === 'esok' && FUTURE_NOUN_BEFORE_RE.test(before)) return [];
      // "anak-anak kemarin sore": greenhorns, an idiom.
      if (rel === 'kemarin' && m.groups?.pod?.toLowerCase() === 'sore' && GREENHORN_BEFORE_RE.test(before)) return [];
      // "kemarin-kemarin": lately, not yesterday.
      if (/-$/u.test(before) || m.input.startsWith('-', m.index + m[0].length)) return [];
      if (rel === 'semalam') {
        const after = m.input.slice(m.index + m[0].length);
        if (ONE_NIGHT_BEFORE_RE.test(before) || ONE_NIGHT_AFTER_RE.test(after)) return [];
      }
      return parser.parse(m);
    },
  };
}

const LATER_POD = alt(WORDS.LATER_TODAY_PODS);
const LATER_HINT = /(?:siang|sore|petang|malam)\s+nanti|nanti\s+(?:siang|sore|petang|malam)/u;
/** "pukul 11.11 WIB tadi": a clock time earlier today; "tadi" before a part of day is the grammar's other reading. */
const timeEarlierToday = ID.relDay(
  `${TIME_BEFORE.slice(0, -1)}(?<rel>${alt(Object.keys(WORDS.EARLIER_TODAY))})(?!\\s+(?:${POD})${R})${R}`,
  /(?:\d|wib|wita|wit)\s+tadi/u,
  WORDS.EARLIER_TODAY,
  { pods: WORDS.PARTS_OF_DAY, zones: WORDS.ZONES },
);

const laterToday = [
  ID.relDay(`(?<pod>${LATER_POD})\\s+(?<rel>nanti)${R}`, LATER_HINT, WORDS.LATER_TODAY, { pods: WORDS.PARTS_OF_DAY }),
  ID.relDay(`(?<rel>nanti)\\s+(?<pod>${LATER_POD})${R}`, LATER_HINT, WORDS.LATER_TODAY, { pods: WORDS.PARTS_OF_DAY }),
];

/** "Sore kemarin", "pada sore hari ini (21/9)"; after a weekday ("Minggu sore kemarin") the weekday reads it. */
const WEEKDAY_RIGHT_BEFORE_RE = new RegExp(`${L}(?:${WEEKDAY_ALT})\\s+$`, 'iu');
const podBeforeDayParser = ID.relDay(
  `(?<pod>${POD})\\s+(?<rel>${alt(Object.keys(WORDS.REL_DAYS_AFTER_POD))})${R}`,
  /(?:pagi|siang|sore|petang|malam|hari)\s+(?:hari\s+ini|kemarin)/u,
  WORDS.REL_DAYS_AFTER_POD,
  { pods: WORDS.PARTS_OF_DAY },
);
const podBeforeDay: DateParser = relDayGuarded({
  ...podBeforeDayParser,
  parse(m) {
    const before = m.input.slice(Math.max(0, m.index - 20), m.index);
    return WEEKDAY_RIGHT_BEFORE_RE.test(before) ? [] : podBeforeDayParser.parse(m);
  },
});

export const ID_RELATIVE_PARSERS: readonly DateParser[] = [
  relUnit,
  relUnitPart,
  ago,
  weekday,
  relDayGuarded(
    ID.relDay(
      `${TIME_BEFORE}(?<rel>${alt(Object.keys(WORDS.REL_DAYS))})(?:\\s+(?<pod>${POD}))?` + `${R}`,
      /hari\s+ini|kemarin|besok|esok|lusa|semalam/u,
      WORDS.REL_DAYS,
      { pods: WORDS.PARTS_OF_DAY, zones: WORDS.ZONES, podOf: (rel) => lookup(WORDS.REL_DAY_PODS, rel) },
    ),
  ),
  ID.relDay(
    `(?<pod>${POD})\\s+(?<rel>${alt(Object.keys(WORDS.REL_AFTER_POD))})` + `${R}`,
    /(?:pagi|siang|sore|petang|malam|hari)\s+(?:ini|tadi)/u,
    WORDS.REL_AFTER_POD,
    { pods: WORDS.PARTS_OF_DAY },
  ),
  podBeforeDay,
  relDayGuarded(
    ID.relDay(
      `(?<rel>${alt(Object.keys(WORDS.REL_BEFORE_POD))})\\s+(?<pod>${POD})` + `${R}`,
      /(?:kemarin|besok|tadi)\s+(?:pagi|siang|sore|petang|malam|dini)/u,
      WORDS.REL_BEFORE_POD,
      { pods: WORDS.PARTS_OF_DAY },
    ),
  ),
  ...laterToday,
  timeEarlierToday,
];
