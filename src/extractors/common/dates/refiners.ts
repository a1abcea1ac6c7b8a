import { before } from './pattern.js';
import type { AbsAnchor, DateGrammar, Mention, Tense } from './types.js';

/**
 * Runs every parser over the sentence. The regexes match the lower-cased sentence (no `i` flag: V8
 * case-folds every non-ASCII character under `iu`, several times slower); each match is then given
 * back the original's casing, which the parsers check ("tháng Năm", "May"). When lower-casing changes
 * the length (rare: "İ"), the original is matched as is.
 */
export function parseAll(sentence: string, grammar: DateGrammar): Mention[] {
  const out: Mention[] = [];
  const lower = sentence.toLowerCase();
  const text = lower.length === sentence.length ? lower : sentence;
  for (const p of grammar.parsers) {
    if (p.hint && !p.hint.test(lower)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      out.push(...p.parse(text === sentence ? m : withOriginalCase(m, sentence)));
      if (m[0].length === 0) p.re.lastIndex++;
    }
  }
  return out;
}

function withOriginalCase(m: RegExpExecArray, original: string): RegExpExecArray {
  m[0] = original.slice(m.index, m.index + m[0].length);
  m.input = original;
  const groups = m.groups;
  const spans = m.indices?.groups;
  if (groups && spans) {
    for (const name of Object.keys(groups)) {
      const span = spans[name];
      if (span) groups[name] = original.slice(span[0], span[1]);
    }
  }
  return m;
}

/** Keeps the longest of overlapping mentions (the earliest when equally long). */
export function dropOverlaps(ms: Mention[]): Mention[] {
  const sorted = [...ms].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const m of sorted) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A relative day right after a date that already read it as its direction ("Januari kemarin", "tanggal 6 Februari
 * kemarin": the January just past, not yesterday) is that word, not a second date; a bare relative day right after
 * a written day names that day again ("Kamis (19/2) besok", "Rabu (18/2/2026) hari ini"): one fact, the written one.
 */
export function dropDirectionWords(sentence: string, ms: Mention[]): Mention[] {
  return ms.filter((m, i) => {
    const prev = ms[i - 1];
    if (!prev || prev.to || prev.from.kind !== 'abs') return true;
    const f = m.from;
    if (f.kind !== 'rel' || f.unit !== 'day' || m.to) return true;
    const between = sentence.slice(prev.end, m.start);
    if (prev.tense !== undefined && /^\s+$/.test(between)) return false;
    const restated = prev.from.day !== undefined && f.pod === undefined && f.hour === undefined && !m.clockOnly;
    return !(restated && /^\s*,?\s*$/.test(between));
  });
}

/**
 * A relative day followed by the day it is, written: "Hôm nay (6/9)", "Chiều nay 1/10", "tối nay, 19-8".
 * Returns where the joined mention ends (after the closing bracket), or null.
 */
function writtenDayAfter(sentence: string, a: Mention, b: Mention): { end: number } | null {
  // A written span may follow too ("besok, 28-30 Juni 2021"): the relative day is its first day, named again.
  if (a.to || (b.to && !(a.from.kind === 'rel' && a.from.offset !== 0)) || a.from.kind === 'abs' || b.from.kind !== 'abs' || b.from.day === undefined) return null;
  if (a.from.kind === 'rel' && a.from.unit !== 'day') return null;
  // A clock time alone before its day ("07.40 WITA, Senin (9/3)") is joined by attachClockTimes, which keeps its zone.
  if (a.clockOnly) return null;
  const between = sentence.slice(a.end, b.start);
  if (/^\s*\(\s*$/.test(between)) {
    const closing = /^\s*\)/.exec(sentence.slice(b.end));
    return closing ? { end: b.end + closing[0].length } : null;
  }
  // A written day with its year joins only a day before or after today ("besok, Kamis (19/2/2026)"): a page stamped
  // past midnight makes the two disagree, and the written day is the one meant. "hari ini, <day with year>" is left
  // as the sets write it (one fact in the id sets, two in vi-summaries-2026).
  const awayFromToday = a.from.kind === 'rel' && a.from.offset !== 0;
  return /^\s*,?\s*$/.test(between) && (b.from.year === undefined || awayFromToday) ? { end: b.end } : null;
}

function level(a: AbsAnchor): number {
  if (a.day !== undefined) return 3;
  if (a.month !== undefined) return 2;
  if (a.quarter !== undefined) return 1;
  return 0;
}

function differentGranularity(a: AbsAnchor, b: AbsAnchor): boolean {
  if ((a.hour === undefined) !== (b.hour === undefined)) return true;
  // Two clock times are one granularity whatever part of day each writes ("từ 18h ngày 15/8 đến 6h sáng 16/8").
  return a.hour === undefined && (a.pod === undefined) !== (b.pod === undefined);
}

/** Two days with their month written and no year, nor a year relative to the publication's. */
const yearlessDays = (a: AbsAnchor, b: AbsAnchor): boolean =>
  [a, b].every((x) => x.day !== undefined && x.month !== undefined && x.year === undefined && x.yearRel === undefined);

function isNextMonth(a: AbsAnchor, b: AbsAnchor): boolean {
  if (a.month === undefined || b.month === undefined) return false;
  if (a.year !== undefined && b.year !== undefined) return b.year * 12 + b.month === a.year * 12 + a.month + 1;
  return b.month === (a.month % 12) + 1;
}

/**
 * "từ hôm nay đến ngày 10.9", "dari hari ini hingga 15 Mei": a span from a bare relative day to a written day.
 * With a range word (not a dash) between; the opener is not needed ("terhitung kemarin hingga 8 Desember").
 */
function relDaySpan(sentence: string, a: Mention, b: Mention, grammar: DateGrammar): Mention | null {
  const f = a.from;
  if (a.to || b.to || f.kind !== 'rel' || f.unit !== 'day' || f.hour !== undefined || a.clockOnly) return null;
  if (b.from.kind !== 'abs' || b.from.day === undefined || b.from.hour !== undefined) return null;
  // "từ chiều tối nay đến ngày 10.9": a part of day on one end only makes two facts, as for days and times.
  if ((f.pod === undefined) !== (b.from.pod === undefined)) return null;
  const between = sentence.slice(a.end, b.start);
  // "từ hôm nay - 01/7/2022" is today, then its date: a dash after a relative day is an apposition.
  if (!grammar.rangeBetween.test(between) || !/\p{L}/u.test(between)) return null;
  return { start: a.start, end: b.end, from: a.from, to: b.from, mod: null };
}

/** A bracketed aside that opens the text between two dates: a lunar day, a weekday, "giờ địa phương". */
const ASIDE_FIRST = /^\s*\([^()]*\)/u;

/**
 * Joins neighbours: "từ 1/9 đến 15/9" and "July to September" become spans; coordinated consecutive
 * months ("tháng 9 và tháng 10/2021", "Juli dan Agustus") become one span; other coordinated dates
 * stay apart but the written year is shared back ("tháng 7 và tháng 9/2021" → 2021-07, 2021-09).
 */
export function mergeNeighbours(sentence: string, given: Mention[], grammar: DateGrammar): Mention[] {
  const out: Mention[] = [];
  const ms = [...given];
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1];
    const joined = b ? writtenDayAfter(sentence, a, b) : null;
    // "Hôm nay (6/9)", "Chiều nay 1/10", "yesterday (September 5)": one date, the written one.
    if (b && joined && b.from.kind === 'abs') {
      const pod = 'pod' in a.from ? a.from.pod : undefined;
      const from = pod && !b.from.pod ? { ...b.from, pod } : b.from;
      // "16 giờ 30, chiều nay, 6-6": the clock time written on the relative day is the written day's.
      const hour = 'hour' in a.from ? a.from.hour : undefined;
      const minute = 'minute' in a.from ? a.from.minute : undefined;
      const timed = hour !== undefined && from.hour === undefined ? { ...from, hour, minute } : from;
      // The joined day may still open a span: "từ hôm nay (25/10) đến ngày 27/10".
      ms[i + 1] = { ...b, start: a.start, end: joined.end, from: timed };
      continue;
    }
    const relSpan = b ? relDaySpan(sentence, a, b, grammar) : null;
    if (relSpan) {
      out.push(relSpan);
      i++;
      continue;
    }
    if (!b || a.to || b.to || a.from.kind !== 'abs' || b.from.kind !== 'abs' || level(a.from) !== level(b.from)) {
      out.push(a);
      continue;
    }
    // A bracketed aside after the first end ("ngày 16/2/2026 (29 tháng Chạp) đến hết ngày 20/2/2026") is skipped.
    const between = sentence.slice(a.end, b.start).replace(ASIDE_FIRST, '');
    const coordinated = grammar.coordBetween.test(between);
    const isRange =
      grammar.rangeBetween.test(between) ||
      (coordinated && grammar.pairedRange?.test(before(sentence, a.start)) === true);
    const isCoord = !isRange && coordinated;
    // Ends of different granularity stay two facts: "từ ngày 4/5 đến 17 giờ ngày 13/5", "Từ chiều 7/9 đến hết
    // ngày 8/9" (a part of day on one end only); "từ chiều tối 7.9 đến sáng 8.9" stays one span.
    if (isRange && differentGranularity(a.from, b.from)) {
      if (yearlessDays(a.from, b.from)) ms[i + 1] = { ...b, yearAfter: a.start };
      out.push(a);
      continue;
    }
    if (isRange || (isCoord && level(a.from) === 2 && isNextMonth(a.from, b.from) && !a.mod && !b.mod)) {
      out.push({ start: a.start, end: b.end, from: a.from, to: b.from, mod: null });
      i++;
      continue;
    }
    if (isCoord && yearlessDays(a.from, b.from) && !a.tense && !b.tense) ms[i + 1] = { ...b, yearAfter: a.start };
    if (isCoord && a.from.year === undefined && b.from.year !== undefined) {
      const wraps = (a.from.month ?? 0) * 100 + (a.from.day ?? 0) > (b.from.month ?? 0) * 100 + (b.from.day ?? 0);
      out.push({ ...a, from: { ...a.from, year: wraps ? b.from.year - 1 : b.from.year, yearShared: true } });
      continue;
    }
    out.push(a);
  }
  return out.map((m) => {
    if (!m.to) return m;
    const opener = grammar.rangeBefore.exec(before(sentence, m.start));
    return opener ? { ...m, start: m.start - opener[0].length } : m;
  });
}

interface Cue {
  at: number;
  tense: Tense;
}

export interface TenseCues {
  cues: Cue[];
  /** Where a reporting verb starts: a future cue after one belongs to the reported clause. */
  reporting: number[];
  /** Where quotation marks are: a cue inside a quotation does not reach a date outside it, nor the reverse. */
  quotes: number[];
}

const QUOTE = /["“”«»]/g;

/** Cue regexes are lower-case (see rxLower): the sentence is lower-cased once here. */
export function tenseCues(sentence: string, grammar: DateGrammar): TenseCues {
  const cues: Cue[] = [];
  const lower = sentence.toLowerCase();
  // Future cues first: at equal distance they win ("expected" is both an "-ed" word and a future cue).
  for (const [re, tense] of [
    [grammar.futureCues, 1],
    [grammar.pastCues, -1],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) cues.push({ at: m.index, tense });
  }
  const reporting: number[] = [];
  if (grammar.reportingVerbs) {
    const re = grammar.reportingVerbs;
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) reporting.push(m.index);
  }
  const quotes = [...sentence.matchAll(QUOTE)].map((m) => m.index);
  return { cues, reporting, quotes };
}

const quotesBefore = (quotes: readonly number[], at: number): number => quotes.filter((q) => q < at).length;

/**
 * The tense of the cue nearest the mention, inside or outside it, and how far (characters) that cue lies from it
 * (Infinity without one): the phrase's own direction first
 * ("tháng 9 tới"); then cues in the same stretch of quotation; a future cue that a reporting verb between
 * the date and the cue introduces is skipped ("Đầu tháng 9, hãng thông báo sẽ cắt giảm…").
 */
export function tenseAt(t: TenseCues, m: Mention): { tense: Tense; dist: number } {
  if (m.tense !== undefined) return { tense: m.tense, dist: 0 };
  const segment = quotesBefore(t.quotes, m.start);
  let best: Tense = 0;
  let bestDist = Infinity;
  for (const c of t.cues) {
    if (quotesBefore(t.quotes, c.at) !== segment) continue;
    if (c.tense === 1 && c.at >= m.end && t.reporting.some((r) => r >= m.end && r < c.at)) continue;
    const dist = c.at < m.start ? m.start - c.at : c.at >= m.end ? c.at - m.end : 0;
    if (dist < bestDist) {
      best = c.tense;
      bestDist = dist;
    }
  }
  return { tense: best, dist: bestDist };
}

/** Drops dates that a habitual word governs: "mỗi cuối tuần", "setiap awal bulan", "every Monday". */
export function dropHabitual(sentence: string, ms: Mention[], grammar: DateGrammar): Mention[] {
  const re = grammar.habitualBefore;
  return re ? ms.filter((m) => !re.test(before(sentence, m.start))) : ms;
}

/** Drops dates a habitual word follows ("từ tháng 7 đến tháng 11 hằng năm"); run after the spans are joined. */
export function dropHabitualAfter(sentence: string, ms: Mention[], grammar: DateGrammar): Mention[] {
  const re = grammar.habitualAfter;
  return re ? ms.filter((m) => !re.test(sentence.slice(m.end, m.end + 60))) : ms;
}

const isDayMention = (d: Mention): boolean =>
  (d.from.kind === 'abs' && d.from.day !== undefined) ||
  d.from.kind === 'weekday' ||
  (d.from.kind === 'rel' && d.from.unit === 'day');

const gap = (a: Mention, b: Mention): number => (a.end <= b.start ? b.start - a.end : a.start - b.end);

/** Another lone clock time before this one and after the last day before it: "pukul 07.00 dan pukul 10.00 pada Senin". */
const timeBeforeSince = (ms: Mention[], m: Mention): boolean =>
  ms.some(
    (o) =>
      o !== m && o.clockOnly && o.end <= m.start && !ms.some((d) => isDayMention(d) && !d.clockOnly && d.start >= o.end && d.end <= m.start),
  );

/**
 * A clock time written alone ("…, Senin (20/10/2025), … pukul 13.55 WIB") is on the day of the nearest day
 * the sentence writes; without one it gives no fact: in news a lone time ("Lúc 10h, đoàn …", "berangkat pukul
 * 07.25 WIB") usually names an earlier sentence's day, or a schedule, as often as the publication day. When only the grammar's
 * `dayTimeBetween` words separate that day from the time ("Sabtu, pada pukul 14.00 WIB"), the two are one
 * fact, the time.
 */
export function attachClockTimes(ms: Mention[], sentence = '', grammar?: DateGrammar): Mention[] {
  const absorbed = new Set<Mention>();
  const out = ms.map((m) => {
    if (!m.clockOnly || m.from.kind !== 'rel') return m;
    const time = { hour: m.from.hour, minute: m.from.minute };
    let best: Mention | undefined;
    for (const d of ms) {
      if (d === m || d.clockOnly || d.to || !isDayMention(d)) continue;
      if (!best || gap(d, m) < gap(best, m)) best = d;
    }
    if (!best) {
      absorbed.add(m);
      return m;
    }
    const { pod: _pod, ...day } = best.from as typeof best.from & { pod?: unknown };
    const timed = { ...m, from: { ...day, ...time } as Mention['from'] };
    // "pukul 08.10 WIB pagi tadi", "lúc 19h15 thứ Sáu tuần này", "pukul 10.15 WIB, Selasa (18/11/2008)": a day right
    // after its time is part of the one fact.
    const before = m.end <= best.start ? sentence.slice(m.end, best.start) : null;
    const joinedByWord = before !== null && grammar?.timeDayBetween?.test(before) === true && !timeBeforeSince(ms, m);
    if (before !== null && (/^[\s,]*$/.test(before) || joinedByWord)) {
      absorbed.add(best);
      return { ...timed, end: best.end };
    }
    const between = best.end <= m.start ? sentence.slice(best.end, m.start) : null;
    if (between === null || !grammar?.dayTimeBetween?.test(between)) return timed;
    absorbed.add(best);
    return {
      ...timed,
      start: best.start,
      mod: best.mod ?? m.mod,
      ...(best.tense !== undefined ? { tense: best.tense } : {}),
    };
  });
  return out.filter((m) => !absorbed.has(m));
}
