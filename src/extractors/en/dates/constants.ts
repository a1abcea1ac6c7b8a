import type { DateMod } from '../../../core/index.js';
import type { PartOfDay, RelUnit } from '../../common/dates/types.js';

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

/** Abbreviations, only trusted next to a day number or a year ("Sept. 6, 2021"). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names that are also common words: alone they need a preposition or modifier before them. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march']);

/** Words before a bare month or year that make it a date: "in July", "since 2020". */
export const DATE_PREPOSITIONS = [
  'in', 'since', 'by', 'during', 'until', 'till', 'through', 'of', 'from', 'between', 'before', 'after', 'last',
  'next', 'this', 'early', 'mid', 'late', 'and', 'to', 'for', 'on',
];

export const MODS: Readonly<Record<string, DateMod>> = {
  early: 'START', 'the beginning of': 'START', 'the start of': 'START', 'the early part of': 'START',
  mid: 'MID', 'the middle of': 'MID', 'the middle part of': 'MID',
  late: 'END', 'the end of': 'END', 'the latter part of': 'END',
  'beginning of': 'START', 'start of': 'START', 'middle of': 'MID', 'end of': 'END',
  around: 'APPROX', about: 'APPROX', approximately: 'APPROX', roughly: 'APPROX',
};

export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  morning: 'MO', noon: 'MI', afternoon: 'AF', evening: 'EV', night: 'NI',
};

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A weekday alone is a date only after one of these ("said on Tuesday"). */
export const WEEKDAY_PREPOSITIONS = ['on', 'since', 'until', 'by', 'from', 'before', 'after', 'early', 'late', 'for'];
export const WEEKDAY_OFFSETS: Readonly<Record<string, -1 | 0 | 1>> = { last: -1, next: 1, this: 0, coming: 1 };

export const REL_DAYS: Readonly<Record<string, number>> = {
  today: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2, tonight: 0,
};

/** "this morning", "last night". */
export const REL_POD: Readonly<Record<string, number>> = { this: 0, last: -1, yesterday: -1, tomorrow: 1 };

/** "last year" after a date: its year counted from the publication's. */
export const YEAR_REL: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

/** TimeML season codes ("this summer" → 2021-SU). */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

export const REL_UNITS: Readonly<Record<string, RelUnit>> = {
  week: 'week', month: 'month', quarter: 'quarter', year: 'year',
};
export const REL_OFFSETS: Readonly<Record<string, number>> = {
  last: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1,
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

export const ORDINAL_QUARTERS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

export const PAST_CUES = [
  'was', 'were', 'had', 'did', 'ago', 'since', 'earlier', 'got', 'gave', 'sent', 'took', 'went', 'came', 'made', 'held',
  'began', 'fell', 'rose', 'told', 'won', 'lost', 'met', 'left', 'saw', 'paid', 'spent', 'sold', 'bought', 'led', 'hit',
  'brought', 'kept', 'found', 'became', 'spoke', 'wrote', 'knew', 'thought',
];
/** Words ending in "-ed" that are no past tense; every other "-ed" word is a past cue ("received", "ended"). */
export const NOT_PAST_ED = [
  'united', 'hundred', 'need', 'speed', 'indeed', 'seed', 'feed', 'proceed', 'exceed', 'succeed', 'red', 'bed', 'shed',
  'breed', 'greed', 'embed',
];
/** Words before a future cue that make it a comparison, not the future: "weaker than expected", "as expected". */
export const FUTURE_CUE_NOT_AFTER = ['than', 'as'];
export const FUTURE_CUES = [
  'will', 'shall', 'expected', 'expects', 'plans', 'planned', 'scheduled', 'upcoming', 'going to', 'due to',
  'is set to', 'are set to', 'would',
];

export const RANGE_WORDS = ['-', '–', 'to', 'through', 'until', 'till', 'thru', ', through', ', to', ', until'];

/** Words before a month that say which one: "last December", "next January", "this May". */
export const MONTH_DIRECTIONS: Readonly<Record<string, -1 | 0 | 1>> = { last: -1, next: 1, coming: 1, this: 0 };

/** A future cue after one of these belongs to the reported clause: "In May, he said it will …". */
export const REPORTING_VERBS = ['said', 'says', 'told', 'announced', 'added', 'stated', 'wrote', 'tweeted'];

/** Words before a date that make it habitual: "every Monday", "each December". */
export const HABITUAL_BEFORE = ['every', 'each'];
/** Words before "eight years ago" that make it a rough distance back, not a date: "ended about eight years ago". */
export const HEDGE_BEFORE = [
  'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'approximately', 'more than', 'less than', 'over', 'under',
  'at least', 'up to',
];
export const COORD_WORDS = [',', 'and', ', and'];
export const RANGE_START = ['from', 'between'];
/** "between July and September": the coordination is a span. */
export const PAIRED_RANGE_START = ['between'];
