import type { AbsAnchor, DateGrammar, Mention } from './types.js';

const isWrittenDay = (m: Mention): m is Mention & { from: AbsAnchor } =>
  !m.to && m.from.kind === 'abs' && m.from.day !== undefined && m.from.month !== undefined;

const isQuarter = (a: Mention['from']): a is AbsAnchor =>
  a.kind === 'abs' && a.quarter !== undefined && a.month === undefined;

const isYearOnly = (a: Mention['from'] | undefined): a is AbsAnchor =>
  a?.kind === 'abs' && a.year !== undefined && a.month === undefined && a.quarter === undefined && !a.season;

/**
 * Between a day and its week: a closing bracket, a bracketed weekday ("(thứ bảy)"), one short word ("của"). A
 * comma ends the day's phrase: "Selasa 25 Agustus 2015, pada pekan lalu, …" dates a report, then its event.
 */
const WEEK_AFTER_DAY = /^[\s)]*(?:\([^()]{0,15}\)\s*)?(?:\p{L}{1,4}\s+)?$/u;

/** Between a relative week and the written day its bracket gives: "ngày đầu tuần (25-8)". */
const WEEK_BEFORE_BRACKETED_DAY = /^\s*\(\s*$/u;
/** Between a relative week and a written day set off by commas: "Minggu ini, 7 Juni, …". */
const WEEK_BEFORE_COMMA_DAY = /^\s*,\s*$/u;
/** What closes a written day set off by commas: a comma or the sentence's end. */
const COMMA_DAY_CLOSE = /^\s*(?:[,.;]|$)/u;

/** A written span of days: "20/3 - 26/3", "27-31 Maret". */
const isWrittenDaySpan = (m: Mention): boolean =>
  m.from.kind === 'abs' && m.from.day !== undefined && m.to?.kind === 'abs' && m.to.day !== undefined;

/**
 * The written day or span that names a relative week: in brackets; or a day between commas after a week word that
 * is also a weekday's name ("Minggu ini, 7 Juni,"; "Trong tuần trước, ngày 23/9," is a day within the week, two facts).
 */
function namesWeek(sentence: string, week: Mention, next: Mention, grammar?: DateGrammar): boolean {
  const between = sentence.slice(week.end, next.start);
  if (WEEK_BEFORE_BRACKETED_DAY.test(between)) return isWrittenDay(next) || isWrittenDaySpan(next);
  const dayName = grammar?.weekNamingDay?.test(sentence.slice(week.start, week.end)) ?? false;
  return dayName && isWrittenDay(next) && WEEK_BEFORE_COMMA_DAY.test(between) && COMMA_DAY_CLOSE.test(sentence.slice(next.end));
}

/**
 * A relative week right after a written day adds nothing: "Selasa (22/12) pekan depan", "ngày 4-5 (thứ bảy)
 * của tuần kế tiếp" are that day, one fact. One short word may part them ("của", "of"). A written day in brackets
 * right after a relative week is the week's day named, one fact too: "phiên giao dịch ngày đầu tuần (25-8)"; so is
 * a written span in its bracket ("tuần này (20/3 - 26/3)": the span) and, after a week word that also names a weekday
 * (the grammar's `weekNamingDay`), a written day set off by commas ("Minggu ini, 7 Juni, …": the Sunday).
 */
export function absorbWeekAfterDay(sentence: string, ms: Mention[], grammar?: DateGrammar): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const prev = out[out.length - 1];
    const next = ms[i + 1];
    const week = m.from.kind === 'rel' && m.from.unit === 'week' && !m.to;
    if (week && prev && isWrittenDay(prev) && WEEK_AFTER_DAY.test(sentence.slice(prev.end, m.start))) {
      out[out.length - 1] = { ...prev, end: m.end };
      continue;
    }
    if (week && next && namesWeek(sentence, m, next, grammar)) {
      out.push({ ...next, start: m.start });
      i++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * A quarter with its months in brackets is one fact, the quarter: "kuartal II (April-Juni) 2021",
 * "kuartal pertama (Januari – Maret) tahun 2024"; a year written after the bracket is the quarter's.
 */
export function absorbQuarterMonths(sentence: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const q = ms[i]!;
    const span = ms[i + 1];
    if (!isQuarter(q.from) || q.to || !span?.to || span.from.kind !== 'abs' || span.to.kind !== 'abs') {
      out.push(q);
      continue;
    }
    const first = q.from.quarter! * 3 - 2;
    const inside = span.from.month === first && span.to.month === first + 2;
    const close = /^\s*\)/u.exec(sentence.slice(span.end));
    if (!inside || !close || !/^\s*\(\s*$/u.test(sentence.slice(q.end, span.start))) {
      out.push(q);
      continue;
    }
    let joined: Mention = { ...q, end: span.end + close[0].length };
    i++;
    const y = ms[i + 1];
    const spanYear = span.from.year ?? span.to.year;
    if (q.from.year === undefined && isYearOnly(y?.from) && /^\s*$/u.test(sentence.slice(joined.end, y.start))) {
      joined = { ...joined, end: y.end, from: { ...q.from, year: y.from.year } };
      i++;
    } else if (q.from.year === undefined && spanYear !== undefined) {
      joined = { ...joined, from: { ...q.from, year: spanYear } };
    } else if (q.from.year === undefined) {
      // A bare year after the bracket, which no parser reads alone: "kuartal II (April-Juni) 2021".
      const bare = /^\s*((?:1[89]|20)\d\d)(?!\p{N})/u.exec(sentence.slice(joined.end));
      if (bare) joined = { ...joined, end: joined.end + bare[0].length, from: { ...q.from, year: Number(bare[1]) } };
    }
    out.push(joined);
  }
  return out;
}

/** A day or month written without its year, absolute or relative ("ngày 2/9", "tháng 10"). */
const isYearless = (a: Mention['from']): boolean =>
  a.kind === 'abs' && a.year === undefined && a.yearRel === undefined && (a.month !== undefined || a.day !== undefined);

/**
 * Frequency words earlier in the sentence make a bare weekday or a relative week or month habitual
 * ("sidang digelar satu minggu dua kali, yakni pada Selasa dan Kamis"); yearly ones a later yearless day or month
 * ("Hàng năm, vào ngày 2/9, người dân treo cờ"); schedule words a clock time alone ("Buổi chiều 13 giờ 15 vào học").
 */
export function dropHabitualEarlier(sentence: string, ms: Mention[], grammar: DateGrammar): Mention[] {
  const re = grammar.habitualEarlier;
  const clockRe = grammar.habitualClockEarlier;
  // A clock time with a written day in the sentence is that day's time, whatever came before.
  const dated = ms.some((m) => m.from.kind === 'abs' && m.from.day !== undefined);
  const yearlyRe = grammar.habitualYearlyEarlier;
  return ms.filter((m) => {
    const before = sentence.slice(0, m.start);
    if (m.clockOnly && !dated && clockRe?.test(before)) return false;
    if (yearlyRe && isYearless(m.from) && yearlyRe.test(before)) return false;
    if (!re) return true;
    const rel = m.from.kind === 'rel' && (m.from.unit === 'week' || m.from.unit === 'month');
    const bare = (m.from.kind === 'weekday' && m.from.week === undefined) || rel;
    return !(bare && re.test(before));
  });
}

/**
 * An era contrast or a list with days in general makes a bare "today"/"tomorrow" the present or the future:
 * "mong ngày mai … giống như tôi ngày xưa", "những cố gắng hôm nay … vì mai sau", "hari ini, besok, atau
 * hari-hari ke depan". A relative day joined to its written day ("hôm nay (4/10)") or with a time stays.
 */
export function dropGenericDays(sentence: string, ms: Mention[], grammar: DateGrammar): Mention[] {
  const re = grammar.genericDayContext;
  if (!re || !re.test(sentence)) return ms;
  return ms.filter((m) => {
    const f = m.from;
    const bareDay = f.kind === 'rel' && f.unit === 'day' && (f.offset === 0 || f.offset === 1);
    return !(bareDay && !m.to && f.hour === undefined && f.pod === undefined && !m.clockOnly);
  });
}

/** How far after a written day a bare weekday still counts from it. */
const NEAR_CHARS = 60;

/**
 * A bare weekday shortly after a written day counts from that day, not from the publication day:
 * "Sidang ke-19 dilaksanakan tanggal 17 April, maju satu hari jadi hari Senin." A reporting verb or a
 * quotation mark between them cuts the link ("…pada 7 Oktober 2023, kata dia, Senin").
 */
export function anchorWeekdays(sentence: string, ms: Mention[], grammar: DateGrammar): Mention[] {
  return ms.map((m, i) => {
    if (m.from.kind !== 'weekday' || m.from.offset !== 0 || m.from.week !== undefined || m.to) return m;
    const day = ms.slice(0, i).reverse().find(isWrittenDay);
    if (!day || m.start - day.end > NEAR_CHARS) return m;
    const between = sentence.slice(day.end, m.start);
    if (/["“”«»]/u.test(between)) return m;
    if (grammar.reportingVerbs) {
      grammar.reportingVerbs.lastIndex = 0;
      if (grammar.reportingVerbs.test(between.toLowerCase())) return m;
    }
    return { ...m, from: { ...m.from, near: day.from } };
  });
}

/**
 * A bare "the end of the year" named again by a written month or day with its year is that year: "pada akhir tahun
 * atau Desember 2025" (written in February 2026) is the end of 2025, "cuối năm, tức tháng 12/2025" likewise. Only
 * with the grammar's `appositionBetween` word ("atau", "tức", "or") between the two.
 */
export function yearFromApposition(sentence: string, ms: Mention[], grammar: DateGrammar): Mention[] {
  const re = grammar.appositionBetween;
  if (!re) return ms;
  return ms.map((m, i) => {
    const next = ms[i + 1];
    const f = m.from;
    if (f.kind !== 'rel' || f.unit !== 'year' || f.offset !== 0 || m.to || !next || next.to) return m;
    if (next.from.kind !== 'abs' || next.from.year === undefined || next.from.month === undefined) return m;
    if (!re.test(sentence.slice(m.end, next.start))) return m;
    return { ...m, from: { kind: 'abs', year: next.from.year } };
  });
}

/** How far after a quotation's closing mark the day it was said may be written. */
const SAID_DAY_CHARS = 120;

/**
 * A day counted inside a quotation ("besok", "hari ini", "hôm qua") counts from the day the quotation was said when
 * the attribution after it writes that day: "\"Saya akan datang lagi besok,\" katanya, Senin (25/5/2026)." is 26 May
 * even in an article of 27 May. Only a closing mark, then a reporting verb, then a written day with its month.
 */
export function anchorQuotedDays(sentence: string, ms: Mention[], grammar: DateGrammar): Mention[] {
  const verbs = grammar.reportingVerbs;
  if (!verbs) return ms;
  const said = ms.find((d) => {
    if (!isWrittenDay(d)) return false;
    const close = Math.max(sentence.lastIndexOf('"', d.start), sentence.lastIndexOf('”', d.start));
    if (close < 0 || d.start - close > SAID_DAY_CHARS) return false;
    verbs.lastIndex = 0;
    return verbs.test(sentence.slice(close, d.start).toLowerCase());
  });
  if (!said) return ms;
  const close = Math.max(sentence.lastIndexOf('"', said.start), sentence.lastIndexOf('”', said.start));
  return ms.map((m) => {
    const f = m.from;
    if (m.to || m.end > close || f.kind !== 'rel' || f.unit !== 'day' || f.base) return m;
    return { ...m, from: { ...f, base: said.from as AbsAnchor } };
  });
}
