import type { DateGranularity } from '../../../core/index.js';
import { addMonths, dayNumber, daysInMonth, fromDayNumber, isValidDay, isoWeek, pad2, type Ymd } from './calendar.js';
import type { AbsAnchor, Anchor, Mention, RelAnchor, Tense, WeekdayAnchor } from './types.js';

type Field = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute';

export interface Resolved {
  value: string;
  granularity: DateGranularity;
  implied: Field[];
}

/** Unknown year when the page has no publication date (TimeML style). */
const UNKNOWN_YEAR = 'XXXX';

function granularityOf(a: AbsAnchor): DateGranularity {
  if (a.season) return 'quarter';
  if (a.hour !== undefined) return 'time';
  if (a.pod) return 'part-of-day';
  if (a.day !== undefined) return 'day';
  if (a.month !== undefined) return 'month';
  if (a.quarter !== undefined) return 'quarter';
  return 'year';
}

/** First and last day number an anchor covers in a given year. */
function interval(a: AbsAnchor, year: number): [number, number] {
  if (a.month !== undefined && a.day !== undefined) {
    const n = dayNumber(year, a.month, Math.min(a.day, daysInMonth(year, a.month)));
    return [n, n];
  }
  if (a.month !== undefined) return [dayNumber(year, a.month, 1), dayNumber(year, a.month, daysInMonth(year, a.month))];
  if (a.quarter !== undefined) {
    const m = a.quarter * 3 - 2;
    return [dayNumber(year, m, 1), dayNumber(year, m + 2, daysInMonth(year, m + 2))];
  }
  return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
}

/** Month index used to tell whether a span wraps over a new year ("tháng 12 và tháng 1"). */
function order(a: AbsAnchor): number {
  return (a.month ?? (a.quarter ? a.quarter * 3 : 0)) * 100 + (a.day ?? 0);
}

/**
 * How a yearless date leans: the tense (from the phrase or the sentence), whether the phrase wrote it
 * ("tháng 9 tới", "23 Maret lalu"), and whether it excludes the publication day's own period ("last December").
 */
interface YearCue {
  tense: Tense;
  written: boolean;
  strict: boolean;
  /** The sentence's tense cue lies far from the date (or there is none): it is likely another clause's verb. */
  far: boolean;
}

/** A day within this many days of the publication day takes the nearest year whatever the tense. */
const NEAR_DAYS = 14;
/**
 * With the tense cue far from the date, within this many days: the cue is then often another clause's verb
 * ("đã nhất trí khai mạc kỳ họp … vào ngày 16-10", "vừa có văn bản … dịp nghỉ lễ 30/4"), while a cue close to the
 * date is its own ("telah menang 3-1 pada 25 September").
 */
const NEAR_DAYS_FAR_CUE = 31;
/** How far (characters) a tense cue must lie from the date to count as far. */
const FAR_CUE_CHARS = 30;

/**
 * The year of a yearless date: the candidate nearest the publication day, restricted to the past
 * when the sentence is past and to the future when it is future — unless it is a day within
 * NEAR_DAYS ("was extended until September 15" in an article of 6 September).
 */
/** A candidate period for a yearless date: its key (a year, or a month for a day alone) and its first/last day. */
interface Candidate<K> {
  key: K;
  span: [number, number];
}

/** The candidate the tense and nearness pick; the first candidate must be the publication's own period. */
function pickNearest<K>(cands: ReadonlyArray<Candidate<K>>, ref: Ymd, cue: YearCue, isDay: boolean): K {
  const { tense } = cue;
  const r = dayNumber(ref.year, ref.month, ref.day);
  /** pass: -1 only on or before the publication day, 1 only on or after, 0 either (ahead weighs double), 2 plain. */
  const nearest = (pass: Tense | 2): { c: Candidate<K>; dist: number } => {
    let best = { c: cands[0]!, dist: Infinity };
    for (const c of cands) {
      const [s, e] = c.span;
      if (pass === -1 && (cue.strict ? e >= r : s > r)) continue;
      if (pass === 1 && (cue.strict ? s <= r : e < r)) continue;
      // Without a tense, a candidate ahead counts twice as far: news reports more than it announces.
      const dist = r < s ? (pass === 0 ? 2 : 1) * (s - r) : r > e ? r - e : 0;
      // Equal distances lean to the past: news reports more than it announces.
      if (dist < best.dist || (dist === best.dist && s < best.c.span[0])) best = { c, dist };
    }
    return best;
  };
  const neutral = nearest(0);
  // A direction the phrase writes ("23 Maret mendatang") holds even near the publication day.
  const near = cue.far ? NEAR_DAYS_FAR_CUE : NEAR_DAYS;
  if (isDay && !cue.written && neutral.dist <= near * 2) {
    const plain = nearest(2);
    if (plain.dist <= near) return plain.c.key;
  }
  if (tense === 0) return neutral.c.key;
  const leaning = nearest(tense);
  return leaning.dist < Infinity ? leaning.c.key : neutral.c.key;
}

/**
 * A yearless day in a sentence without a tense cue that would lie more than this before the publication day in the
 * year before is in the publication's own year: news writes the year of a day it does not mean this year ("Trước
 * ngày 15-8, các sở phải gửi" on 10 March is this August).
 */
const OTHER_YEAR_DAYS = 92;

function pickYear(span: (y: number) => [number, number], ref: Ymd, cue: YearCue, isDay = false): number {
  const years = [ref.year, ref.year - 1, ref.year + 1];
  const picked = pickNearest(years.map((y) => ({ key: y, span: span(y) })), ref, cue, isDay);
  if (!isDay || cue.tense !== 0 || cue.written || cue.strict || picked >= ref.year) return picked;
  const [, end] = span(picked);
  return dayNumber(ref.year, ref.month, ref.day) - end > OTHER_YEAR_DAYS ? ref.year : picked;
}

/**
 * The month of a day written without one ("tanggal 8", "ngày 20 vừa qua"): the publication's month, the one
 * before or the one after, as the tense and nearness pick; months too short for the day are skipped.
 */
function pickMonthOfDay(day: number, ref: Ymd, cue: YearCue): Ymd | null {
  const cands: Array<Candidate<Ymd>> = [];
  for (const k of [0, -1, 1]) {
    const { year, month } = addMonths(ref.year, ref.month, k);
    if (day > daysInMonth(year, month)) continue;
    const n = dayNumber(year, month, day);
    cands.push({ key: { year, month, day }, span: [n, n] });
  }
  return cands.length ? pickNearest(cands, ref, cue, true) : null;
}

function formatAbs(a: AbsAnchor, year: string, utcOffset: string): string {
  if (a.month !== undefined && a.day !== undefined) {
    const date = `${year}-${pad2(a.month)}-${pad2(a.day)}`;
    if (a.hour !== undefined) return `${date}T${pad2(a.hour)}:${pad2(a.minute ?? 0)}${utcOffset}`;
    if (a.pod) return `${date}T${a.pod}`;
    return date;
  }
  if (a.month !== undefined) return `${year}-${pad2(a.month)}`;
  if (a.quarter !== undefined) return `${year}-Q${a.quarter}`;
  if (a.season) return `${year}-${a.season}`;
  return year;
}

function relToAbs(r: RelAnchor, ref: Ymd): { abs: AbsAnchor; week?: string } {
  switch (r.unit) {
    case 'day': {
      const d = fromDayNumber(dayNumber(ref.year, ref.month, ref.day) + r.offset);
      return {
        abs: { kind: 'abs', year: d.year, month: d.month, day: d.day, hour: r.hour, minute: r.minute, pod: r.pod },
      };
    }
    case 'week': {
      const d = fromDayNumber(dayNumber(ref.year, ref.month, ref.day) + 7 * r.offset);
      const w = isoWeek(d);
      return { abs: { kind: 'abs', year: w.year }, week: `${w.year}-W${pad2(w.week)}` };
    }
    case 'month': {
      const m = addMonths(ref.year, ref.month, r.offset);
      return { abs: { kind: 'abs', year: m.year, month: m.month } };
    }
    case 'quarter': {
      const q = Math.floor((ref.month - 1) / 3);
      const i = ref.year * 4 + q + r.offset;
      return { abs: { kind: 'abs', year: Math.floor(i / 4), quarter: (i % 4) + 1 } };
    }
    case 'year':
      return { abs: { kind: 'abs', year: ref.year + r.offset } };
  }
}

const REL_IMPLIED: Record<RelAnchor['unit'], Field[]> = {
  day: ['year', 'month', 'day'],
  week: ['year', 'week'],
  month: ['year', 'month'],
  quarter: ['year', 'quarter'],
  year: ['year'],
};

/** Days from the publication day to the weekday meant: back by default, forward when future. */
function weekdayShift(a: WeekdayAnchor, ref: Ymd, tense: Tense): number {
  const today = ((new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay() + 6) % 7) + 1;
  if (a.week !== undefined) return a.weekday - today + 7 * a.week;
  const back = (today - a.weekday + 7) % 7;
  const ahead = (a.weekday - today + 7) % 7;
  if (a.offset === -1) return -(back || 7);
  if (a.offset === 1) return ahead || 7;
  return tense === 1 ? ahead : -back;
}

/** Days from the publication day to the weekday nearest a day the sentence writes ("tanggal 17 April … hari Senin"). */
function nearShift(a: WeekdayAnchor, near: AbsAnchor, ref: Ymd, cue: YearCue): number {
  const y = near.year ?? pickYear((yy) => interval(near, yy), ref, cue, true);
  const n = dayNumber(y, near.month!, Math.min(near.day!, daysInMonth(y, near.month!)));
  const nearWeekday = ((new Date(Date.UTC(y, near.month! - 1, near.day!)).getUTCDay() + 6) % 7) + 1;
  const diff = ((a.weekday - nearWeekday + 10) % 7) - 3;
  return n + diff - dayNumber(ref.year, ref.month, ref.day);
}

/** Days from the publication day to a day the sentence writes (the day a quotation was said). */
function baseShift(base: AbsAnchor, ref: Ymd, cue: YearCue): number {
  const y = base.year ?? pickYear((yy) => interval(base, yy), ref, cue, true);
  const n = dayNumber(y, base.month!, Math.min(base.day!, daysInMonth(y, base.month!)));
  return n - dayNumber(ref.year, ref.month, ref.day);
}

/** Gives a "năm nay"/"last year" anchor its year; null when there is no publication date to count from. */
function withYearRel(a: Anchor, ref: Ymd | null): { anchor: Anchor; implied: boolean } | null {
  if (a.kind !== 'abs' || a.yearRel === undefined || a.year !== undefined) return { anchor: a, implied: false };
  if (!ref) return null;
  return { anchor: { ...a, year: ref.year + a.yearRel }, implied: true };
}

function withImpliedYear(r: Resolved | null, implied: boolean): Resolved | null {
  return r && implied && !r.implied.includes('year') ? { ...r, implied: ['year', ...r.implied] } : r;
}

function finish(a: AbsAnchor, year: number | string, utcOffset: string, implied: Field[]): Resolved {
  if (a.weekOf && a.month !== undefined && a.day !== undefined && typeof year === 'number') {
    const w = isoWeek({ year, month: a.month, day: a.day });
    return { value: `${w.year}-W${pad2(w.week)}`, granularity: 'week', implied: [...implied, 'week'] };
  }
  return { value: formatAbs(a, String(year), utcOffset), granularity: granularityOf(a), implied };
}

function resolveOne(given: Anchor, ref: Ymd | null, cue: YearCue, utcOffset: string): Resolved | null {
  const rel = withYearRel(given, ref);
  if (!rel) return null;
  if (rel.implied) return withImpliedYear(resolveOne(rel.anchor, ref, cue, utcOffset), true);
  const anchor = rel.anchor;
  if (anchor.kind === 'weekday') {
    if (!ref) return null;
    const shift = anchor.near ? nearShift(anchor, anchor.near, ref, cue) : weekdayShift(anchor, ref, cue.tense);
    return resolveOne(
      { kind: 'rel', unit: 'day', offset: shift, pod: anchor.pod, hour: anchor.hour, minute: anchor.minute },
      ref,
      cue,
      utcOffset,
    );
  }
  if (anchor.kind === 'rel') {
    if (!ref) return null;
    if (anchor.base) {
      const { base, ...counted } = anchor;
      return resolveOne({ ...counted, offset: anchor.offset + baseShift(base, ref, cue) }, ref, cue, utcOffset);
    }
    const { abs, week } = relToAbs(anchor, ref);
    if (week) return { value: week, granularity: 'week', implied: REL_IMPLIED.week };
    return {
      value: formatAbs(abs, String(abs.year), utcOffset),
      granularity: granularityOf(abs),
      implied: REL_IMPLIED[anchor.unit],
    };
  }
  if (anchor.day !== undefined && anchor.month === undefined && anchor.year === undefined) {
    const ymd = ref && pickMonthOfDay(anchor.listHead ?? anchor.day, ref, cue);
    if (!ymd || anchor.day > daysInMonth(ymd.year, ymd.month)) return null;
    return finish({ ...anchor, month: ymd.month }, ymd.year, utcOffset, ['year', 'month']);
  }
  if (anchor.month !== undefined && anchor.day !== undefined && !isValidDay(anchor.month, anchor.day, anchor.year))
    return null;
  if (anchor.year !== undefined) return finish(anchor, anchor.year, utcOffset, []);
  if (!ref) return finish(anchor, UNKNOWN_YEAR, utcOffset, []);
  const year = pickYear((y) => interval(anchor, y), ref, cue, anchor.day !== undefined);
  if (anchor.month !== undefined && anchor.day !== undefined && !isValidDay(anchor.month, anchor.day, year))
    return null;
  return finish(anchor, year, utcOffset, ['year']);
}

/** Gives both ends of a span a year when only one wrote it ("tháng 9 và tháng 10/2021"). */
function shareYear(from: Anchor, to: Anchor): void {
  if (from.kind !== 'abs' || to.kind !== 'abs') return;
  const wraps = order(from) > order(to);
  if (from.year === undefined && to.year !== undefined)
    Object.assign(from, { year: wraps ? to.year - 1 : to.year, yearShared: true });
  else if (to.year === undefined && from.year !== undefined)
    Object.assign(to, { year: wraps ? from.year + 1 : from.year, yearShared: true });
}

/** Value, granularity and implied fields of a mention, or null when it is not a real date. */
export function resolveMention(
  m: Mention,
  ref: Ymd | null,
  tense: Tense,
  siteOffset: string,
  cueDist = Infinity,
): Resolved | null {
  const utcOffset = m.utcOffset ?? siteOffset;
  const written = m.tense !== undefined;
  const far = !written && cueDist > FAR_CUE_CHARS;
  const cue: YearCue = { tense: m.tense ?? tense, written, strict: m.strict === true, far };
  if (!m.to) return resolveOne(m.from, ref, cue, utcOffset);
  const a0 = withYearRel(m.from, ref);
  const b0 = withYearRel(m.to, ref);
  if (!a0 || !b0) return null;
  return withImpliedYear(
    resolveSpan({ ...a0.anchor }, { ...b0.anchor }, ref, cue, utcOffset),
    a0.implied || b0.implied,
  );
}

function resolveSpan(from: Anchor, to: Anchor, ref: Ymd | null, cue: YearCue, utcOffset: string): Resolved | null {
  shareYear(from, to);
  if (from.kind === 'abs' && to.kind === 'abs' && from.year === undefined && to.year === undefined && ref) {
    const wraps = order(from) > order(to) ? 1 : 0;
    const year = pickYear((y) => [interval(from, y - wraps)[0], interval(to, y)[1]], ref, cue, from.day !== undefined);
    from.year = year - wraps;
    to.year = year;
    const a = resolveOne(from, ref, cue, utcOffset);
    const b = resolveOne(to, ref, cue, utcOffset);
    if (!a || !b) return null;
    return { value: `${a.value}/${b.value}`, granularity: b.granularity, implied: ['year'] };
  }
  const a = resolveOne(from, ref, cue, utcOffset);
  if (!a) return null;
  // A span from a relative day ends on or after it ("sejak kemarin sampai Jumat (12/12)": the coming December).
  const start = /^(\d{4})-(\d\d)-(\d\d)/.exec(a.value);
  if (from.kind === 'rel' && to.kind === 'abs' && to.year === undefined && start) {
    const y = Number(start[1]);
    to.year = order(to) < Number(start[2]) * 100 + Number(start[3]) ? y + 1 : y;
  }
  const b = resolveOne(to, ref, cue, utcOffset);
  if (!b) return null;
  const implied = [...new Set([...a.implied, ...b.implied])];
  return { value: `${a.value}/${b.value}`, granularity: b.granularity, implied };
}
