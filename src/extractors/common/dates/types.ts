import type { DateMod } from '../../../core/index.js';

/** TimeML part-of-day codes: morning, midday, afternoon, evening, night. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';
export type RelUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** What the text says of one point in time; a missing field was not written. */
export interface AbsAnchor {
  kind: 'abs';
  year?: number;
  quarter?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  pod?: PartOfDay;
  /** The year was written elsewhere in the phrase ("tháng 9 và tháng 10/2021"): read, not implied. */
  yearShared?: boolean;
  /** A year relative to the publication's: "ngày 2/9 năm nay" (0), "July last year" (-1). */
  yearRel?: number;
  /** "the week of August 23": the ISO week that holds the day. */
  weekOf?: boolean;
  /** TimeML season, "SU" for "this summer"; reported with granularity quarter (a three-month period). */
  season?: string;
  /** A day listed after another of the same unwritten month ("tanggal 28 dan 30"): the first day, whose month it takes. */
  listHead?: number;
}

/** "hôm qua", "last week": an offset from the publication date in a unit. */
export interface RelAnchor {
  kind: 'rel';
  unit: RelUnit;
  offset: number;
  /**
   * The day a quotation was said, written after it ("… datang lagi besok," katanya, Senin (25/5/2026)): a day
   * counted inside the quotation counts from it, not from the publication day.
   */
  base?: AbsAnchor;
  hour?: number;
  minute?: number;
  pod?: PartOfDay;
}

/** "on Tuesday", "Senin lalu": a weekday near the publication date (1 Monday … 7 Sunday). */
export interface WeekdayAnchor {
  kind: 'weekday';
  weekday: number;
  /** -1 "last Tuesday", 1 "next Tuesday", 0 unsaid (the tense decides, past by default). */
  offset: -1 | 0 | 1;
  /** "thứ Sáu tuần tới": that weekday in the week before (-1), of (0) or after (1) the publication day's. */
  week?: -1 | 0 | 1;
  /** A day the sentence writes just before ("tanggal 17 April, … jadi hari Senin"): the weekday nearest it. */
  near?: AbsAnchor;
  pod?: PartOfDay;
  hour?: number;
  minute?: number;
}

export type Anchor = AbsAnchor | RelAnchor | WeekdayAnchor;

/** One date expression in a sentence; offsets are relative to the sentence. */
export interface Mention {
  start: number;
  end: number;
  from: Anchor;
  /** The end of a span ("từ 1/9 đến 15/9", "Juli dan Agustus"). */
  to?: Anchor;
  mod: DateMod | null;
  /** A zone written in the text ("WIB"), else the site's. */
  utcOffset?: string;
  /** The direction the phrase itself writes ("tháng 9 tới", "23 Maret lalu"): it overrides the sentence's tense. */
  tense?: Tense;
  /** With `tense`: the period that holds the publication day is excluded ("last December" written in December). */
  strict?: boolean;
  /** A clock time alone ("pukul 18.15 WIB"): it takes the day of the nearest day in the sentence. */
  clockOnly?: boolean;
  /** With `clockOnly`: the time names an earlier sentence's day ("22h05 cùng ngày"), so alone it gives no fact. */
  needsDay?: boolean;
  /**
   * Where the yearless day this one is coordinated with, or ends a span from, starts ("ngày 22-4 và 30-4", "từ ngày
   * 28/12 đến 16h30 ngày 7/2"): this day takes that day's year, the next one when it falls earlier in the year.
   */
  yearAfter?: number;
}

/** -1 past, 0 unknown, 1 future. */
export type Tense = -1 | 0 | 1;

/** `hint`: a cheap test on the lower-cased sentence before `re` (slow: look-behinds, many alternatives) runs. */
export interface DateParser {
  hint?: RegExp;
  re: RegExp;
  parse(m: RegExpExecArray): Mention[];
}

/** A language's grammar: ordered parsers, then the shared refiners with its connector words. */
export interface DateGrammar {
  parsers: readonly DateParser[];
  /** Text between two dates that makes them one span: "đến", "-", "hingga", "to". */
  rangeBetween: RegExp;
  /** Text between two dates that coordinates them: "và", "dan", "and", ",". */
  coordBetween: RegExp;
  /** Words just before a span's first date that belong to it: "từ ", "dari ", "from ", "between ". */
  rangeBefore: RegExp;
  /** Words before a coordination that make it a span: "between … and …", "antara … dan …". */
  pairedRange?: RegExp;
  /** Run on the lower-cased sentence. */
  pastCues: RegExp;
  futureCues: RegExp;
  /**
   * Reporting verbs ("cho biết", "mengatakan", "said"): a future cue after one belongs to the reported
   * clause, not to a date written before the verb ("Đầu tháng 9, hãng thông báo sẽ cắt giảm…").
   */
  reportingVerbs?: RegExp;
  /** Words just before a date that make it habitual, not a date: "mỗi", "setiap", "every". */
  habitualBefore?: RegExp;
  /** Words just after a date that make it habitual: "từ tháng 7 đến tháng 11 hằng năm", "thứ Bảy hàng tuần". */
  habitualAfter?: RegExp;
  /**
   * Text between a day and a clock time that makes them one fact: "Sabtu, pada pukul 14.00 WIB",
   * "Sabtu malam pukul 21.40 WIB", "Semalam sekira pukul 23.00 WIB".
   */
  dayTimeBetween?: RegExp;
  /**
   * Text between a clock time and the day right after it that makes them one fact, besides spaces and a comma:
   * "pukul 14.00 pada Senin siang".
   */
  timeDayBetween?: RegExp;
  /**
   * Frequency words earlier in the sentence that make a bare weekday or a relative week or month habitual:
   * "satu minggu dua kali, yakni pada Selasa dan Kamis", "hằng tháng … của tháng trước".
   */
  habitualEarlier?: RegExp;
  /**
   * Words earlier in the sentence that make a clock time alone a schedule, not a day's time: "Buổi chiều 13 giờ 15
   * vào học", "mỗi ngày lúc 7 giờ 30".
   */
  habitualClockEarlier?: RegExp;
  /** Yearly frequency words earlier in the sentence that make a later yearless day or month habitual: "Hàng năm, vào ngày 2/9". */
  habitualYearlyEarlier?: RegExp;
  /**
   * A relative week whose word also names a weekday ("Minggu ini": this week, or this Sunday): a written day set off
   * by commas right after it names that day ("Minggu ini, 7 Juni, …"), one fact.
   */
  weekNamingDay?: RegExp;
  /**
   * Words anywhere in the sentence that make a bare "today"/"tomorrow" the present or the future, not a day: an era
   * contrast ("ngày xưa", "mai sau") or a list with days in general ("hari ini, besok, atau hari-hari ke depan").
   */
  genericDayContext?: RegExp;
  /** Text between two dates that names the first again as the second: "akhir tahun atau Desember 2025". */
  appositionBetween?: RegExp;
  /** A naming word and an opening quotation mark right before a title: "với tên gọi “", "berjudul \"". */
  titleBefore?: RegExp;
  /**
   * (Global, with a group `y`.) The voting of a named election and its year: "pencoblosan Pilkada 2020", "masa
   * pencoblosan Pemilu serentak 2019"; the sentence's yearless dates are in that year.
   */
  eventDayYear?: RegExp;
}
