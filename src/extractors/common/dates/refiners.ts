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

function level(a: AbsAnchor): number {
  if (a.day !== undefined) return 3;
  if (a.month !== undefined) return 2;
  if (a.quarter !== undefined) return 1;
  return 0;
}

function isNextMonth(a: AbsAnchor, b: AbsAnchor): boolean {
  if (a.month === undefined || b.month === undefined) return false;
  if (a.year !== undefined && b.year !== undefined) return b.year * 12 + b.month === a.year * 12 + a.month + 1;
  return b.month === (a.month % 12) + 1;
}

/**
 * Joins neighbours: "từ 1/9 đến 15/9" and "July to September" become spans; coordinated consecutive
 * months ("tháng 9 và tháng 10/2021", "Juli dan Agustus") become one span; other coordinated dates
 * stay apart but the written year is shared back ("tháng 7 và tháng 9/2021" → 2021-07, 2021-09).
 */
export function mergeNeighbours(sentence: string, ms: Mention[], grammar: DateGrammar): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i]!;
    const b = ms[i + 1];
    const closing = b ? /^\s*\)/.exec(sentence.slice(b.end)) : null;
    // "Hôm nay (6/9)", "yesterday (September 5)": one date, the written one.
    if (b && closing && a.from.kind !== 'abs' && !a.to && b.from.kind === 'abs' && b.from.day !== undefined && /^\s*\(\s*$/.test(sentence.slice(a.end, b.start))) {
      const pod = 'pod' in a.from ? a.from.pod : undefined;
      out.push({ ...b, start: a.start, end: b.end + closing[0].length, from: pod && !b.from.pod ? { ...b.from, pod } : b.from });
      i++;
      continue;
    }
    if (!b || a.to || b.to || a.from.kind !== 'abs' || b.from.kind !== 'abs' || level(a.from) !== level(b.from)) {
      out.push(a);
      continue;
    }
    const between = sentence.slice(a.end, b.start);
    const coordinated = grammar.coordBetween.test(between);
    const isRange = grammar.rangeBetween.test(between) || (coordinated && grammar.pairedRange?.test(before(sentence, a.start)) === true);
    const isCoord = !isRange && coordinated;
    if (isRange || (isCoord && level(a.from) === 2 && isNextMonth(a.from, b.from) && !a.mod && !b.mod)) {
      out.push({ start: a.start, end: b.end, from: a.from, to: b.from, mod: null });
      i++;
      continue;
    }
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

export interface Cue {
  at: number;
  tense: Tense;
}

/** Cue regexes are lower-case (see rxLower): the sentence is lower-cased once here. */
export function tenseCues(sentence: string, grammar: DateGrammar): Cue[] {
  const cues: Cue[] = [];
  const lower = sentence.toLowerCase();
  for (const [re, tense] of [[grammar.pastCues, -1], [grammar.futureCues, 1]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m; m = re.exec(lower)) cues.push({ at: m.index, tense });
  }
  return cues;
}

/** The tense of the cue nearest the mention, inside or outside it. */
export function tenseAt(cues: readonly Cue[], m: Mention): Tense {
  let best: Tense = 0;
  let bestDist = Infinity;
  for (const c of cues) {
    const dist = c.at < m.start ? m.start - c.at : c.at >= m.end ? c.at - m.end : 0;
    if (dist < bestDist) {
      best = c.tense;
      bestDist = dist;
    }
  }
  return best;
}
