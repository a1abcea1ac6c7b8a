import type { DoseStatus } from '../../../core/index.js';
import { execAll, NOT_AFTER_WORD, NOT_BEFORE_WORD, wordAlternation } from '../numbers/index.js';
import { groups } from '../pattern/index.js';
import type { DoseCandidate } from './parsers.js';
import type { CuePosition, DoseVocab } from './types.js';

interface Span {
  start: number;
  end: number;
}

export interface Cue {
  start: number;
  end: number;
  kind:
    | 'status'
    | 'future'
    | 'condition'
    | 'negation'
    | 'request'
    | 'purpose'
    | 'promise'
    | 'report'
    | 'whole'
    | 'break'
    | 'none';
  /** The punctuation of a break (":" opens a list whose items take the status said before it). */
  mark?: string;
  status?: DoseStatus;
  weak?: boolean;
  position?: CuePosition;
  source?: boolean;
  /** A production or capacity word: unknown now, expected under a future or plan word. */
  production?: boolean;
  /** A noun naming the event: a later future in its clause governs it. */
  noun?: boolean;
  /** A target or plan word: it makes even a commitment expected. */
  plan?: boolean;
}

export interface CompiledContext {
  cueRe: RegExp;
  /** Past markers (đã, telah, had): between a future word and its verb, they cancel it. */
  past: RegExp | null;
  futureSpansFigure: boolean;
  /** A time ahead said after a figure ("pekan depan"), or null. */
  timeAhead: RegExp | null;
  /** A future word before a commitment's own verb makes it a plan. */
  futurePlansCommitment: boolean;
  byWord: ReadonlyMap<string, CueInfo>;
  patternInfo: readonly CueInfo[];
  counterpartRe: RegExp | null;
  counterparts: ReadonlyMap<string, string>;
  /** Canonical counterparts that are also vaccine names (AstraZeneca, Pfizer…). */
  makers: ReadonlySet<string>;
  sourceBefore: RegExp;
  listGap: RegExp;
  /** The end of the words between two list items: "…, ", "… dan ", "… and ". */
  listTail: RegExp;
  /** A list joiner anywhere ("và", "dan", "and"): a second predicate of the same subject follows it. */
  joiner: RegExp;
  /** Relative pronouns: what follows describes the noun before, it is no new predicate ("yang", "which"). */
  relative: RegExp;
  /** A word opening a clause with its own agent that describes the doses before it ("mà", "do"). */
  agentClause: RegExp;
  /** A clause break that opens a part of the figure before it: "trong đó", "di antaranya", "of which". */
  partLead: RegExp;
  /** The end of the words before an adjunct figure: "… với tổng cộng " (never matches without adjuncts). */
  adjunctTail: RegExp;
  items: { named: RegExp; namedMap: ReadonlyMap<string, string>; drug: RegExp; vaccine: RegExp };
  unitItem: ReadonlyMap<string, string>;
}

type CueInfo = Omit<Cue, 'start' | 'end'>;
const norm = (w: string): string => w.toLowerCase().replace(/\s+/g, ' ');
const BREAK: CueInfo = { kind: 'break' };

const bounded = (alt: string): string => `${NOT_AFTER_WORD}(?:${alt})${NOT_BEFORE_WORD}`;

/**
 * Compiles a language's context vocabulary once: every cue word in one alternation looked up in a map (a named
 * group per entry was several times slower), so a sentence is scanned once for status, future, negation,
 * purpose and clause breaks.
 */
export function compileContext(v: DoseVocab): CompiledContext {
  const byWord = new Map<string, CueInfo>();
  const patterns: string[] = [];
  const patternInfo: CueInfo[] = [];
  const addWords = (words: readonly string[] | undefined, info: CueInfo): void => {
    for (const w of words ?? []) if (!byWord.has(norm(w))) byWord.set(norm(w), info);
  };
  const addPatterns = (list: readonly string[] | undefined, info: CueInfo): void => {
    for (const p of list ?? []) {
      patterns.push(`(?<p${patterns.length}>${p})`);
      patternInfo.push(info);
    }
  };
  for (const cue of v.cues) {
    const info: CueInfo = {
      kind: 'status',
      status: cue.status,
      weak: cue.weak ?? false,
      position: cue.position ?? 'any',
      source: cue.source ?? false,
      production: cue.production ?? false,
      noun: cue.noun ?? false,
    };
    addWords(cue.words, info);
    addPatterns(cue.patterns, info);
  }
  const m = v.modifiersOfCues;
  addWords(m.plan, { kind: 'future', plan: true });
  addPatterns(m.planPatterns, { kind: 'future', plan: true });
  addWords(m.future, { kind: 'future' });
  addPatterns(m.futurePatterns, { kind: 'future' });
  addWords(v.notCues, { kind: 'none' });
  addWords(m.condition, { kind: 'condition' });
  addWords(m.negation, { kind: 'negation' });
  addWords(m.request, { kind: 'request' });
  addWords(m.purpose, { kind: 'purpose' });
  addWords(m.promise, { kind: 'promise' });
  addWords(m.report, { kind: 'report' });
  addWords(m.wholeFrame, { kind: 'whole' });
  addWords(v.clauseBreaks, { kind: 'break' });
  const cueRe = new RegExp(
    `${NOT_AFTER_WORD}(?:${[...patterns, wordAlternation(byWord.keys())].join('|')})${NOT_BEFORE_WORD}|(?<punct>[;:!?“”"])`,
    'giu',
  );
  const names = Object.keys(v.counterparts);
  const named = Object.entries(v.items.named);
  return {
    cueRe,
    futureSpansFigure: m.futureSpansFigure ?? true,
    timeAhead: m.timeAhead?.length ? new RegExp(`${NOT_AFTER_WORD}(?:${m.timeAhead.join('|')})${NOT_BEFORE_WORD}`, 'iu') : null,
    futurePlansCommitment: m.futurePlansCommitment ?? true,
    past: m.past?.length ? new RegExp(bounded(wordAlternation(m.past)), 'iu') : null,
    byWord,
    patternInfo,
    counterpartRe: names.length ? new RegExp(`${NOT_AFTER_WORD}(?:${wordAlternation(names)})${NOT_BEFORE_WORD}`, 'gu') : null,
    counterparts: new Map(names.map((n) => [n.replace(/\s+/g, ' '), v.counterparts[n]!])),
    makers: new Set(Object.values(v.items.named)),
    sourceBefore: new RegExp(`${NOT_AFTER_WORD}(?:${wordAlternation(v.sourceMarkers)})(?:\\s+[\\p{L}]+){0,4}\\s+$`, 'iu'),
    joiner: new RegExp(`${NOT_AFTER_WORD}(?:${wordAlternation(v.listJoiners)})${NOT_BEFORE_WORD}`, 'iu'),
    relative: v.relatives?.length ? new RegExp(bounded(wordAlternation(v.relatives)), 'iu') : /(?!)/,
    agentClause: v.agentClauses?.length ? new RegExp(bounded(wordAlternation(v.agentClauses)), 'iu') : /(?!)/,
    partLead: new RegExp(`^(?:${wordAlternation(v.clauseBreaks.filter((b) => v.ellipsis?.leads.includes(b)))})$`, 'iu'),
    listTail: new RegExp(`(?:,|\\s(?:${wordAlternation(v.listJoiners)}))\\s*$`, 'iu'),
    adjunctTail: adjunctTail(v.adjuncts),
    listGap: new RegExp(`^\\s*(?:,\\s*(?:(?:${wordAlternation(v.listJoiners)})\\s+)?|\\s(?:${wordAlternation(v.listJoiners)})\\s+)$`, 'iu'),
    items: {
      named: new RegExp(bounded(wordAlternation(named.map(([k]) => k))), 'giu'),
      namedMap: new Map(named.map(([k, c]) => [k.toLowerCase(), c])),
      drug: new RegExp(bounded(wordAlternation(v.items.drug)), 'iu'),
      vaccine: new RegExp(bounded(wordAlternation(v.items.vaccine)), 'iu'),
    },
    unitItem: new Map(Object.entries(v.unitItem ?? {})),
  };
}

/** Every country or body named in a sentence, scanned once for all its figures. */
export function scanNames(sentence: string, c: CompiledContext): RegExpExecArray[] {
  return c.counterpartRe ? execAll(c.counterpartRe, sentence) : [];
}

/** Status words, modifiers and clause breaks of one sentence, in order. */
export function scanCues(sentence: string, c: CompiledContext): Cue[] {
  const out: Cue[] = [];
  for (const m of execAll(c.cueRe, sentence)) {
    const g: Partial<Record<string, string>> = groups(m, 'punct');
    let info: CueInfo | undefined = g.punct !== undefined ? { ...BREAK, mark: g.punct } : undefined;
    for (let k = 0; !info && k < c.patternInfo.length; k++) if (g[`p${k}`] !== undefined) info = c.patternInfo[k];
    info ??= c.byWord.get(norm(m[0]));
    if (info) out.push({ ...info, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function clauseOf(cues: readonly Cue[], cand: Pick<DoseCandidate, 'start' | 'end'>, length: number): { from: number; to: number } {
  let from = 0;
  let to = length;
  for (const q of cues) {
    if (q.kind !== 'break') continue;
    if (q.end <= cand.start) from = q.end;
    else if (q.start >= cand.end && q.start < to) to = q.start;
  }
  return { from, to };
}

/**
 * Drops a part lead said right after a figure: in "448.000 dosis di antaranya telah tiba" the figure is the part,
 * so its verb follows the lead; only a lead that opens a new part ("…, di antaranya 5 juta dosis", "600 ribu dosis
 * di antaranya 450 ribu dosis …") breaks.
 */
export function openPartsAfter(
  cues: readonly Cue[],
  sentence: string,
  c: CompiledContext,
  figures: readonly Pick<DoseCandidate, 'start' | 'end'>[],
): Cue[] {
  const follows = (q: Cue): boolean => figures.some((f) => f.end <= q.start && !sentence.slice(f.end, q.start).trim());
  const opens = (q: Cue): boolean => figures.some((f) => f.start >= q.end && !sentence.slice(q.end, f.start).trim());
  return cues.filter(
    (q) => q.kind !== 'break' || !c.partLead.test(sentence.slice(q.start, q.end)) || !follows(q) || opens(q),
  );
}

/**
 * What the doses are of: the named vaccines ("Pfizer, AstraZeneca"), a drug, a vaccine, said after the unit or,
 * failing that, just before the figure ("lô vaccine Pfizer gồm 1,6 triệu liều"); else what the unit implies.
 */
export function resolveItem(cand: DoseCandidate, c: CompiledContext, before: string): string | null {
  const fromText = (text: string, last: boolean): string | null => {
    const named = execAll(c.items.named, text).map((m) => c.items.namedMap.get(m[0].toLowerCase().replace(/\s+/g, ' ')) ?? m[0]);
    if (named.length) return last ? named.at(-1)! : [...new Set(named)].join(', ');
    if (c.items.drug.test(text)) return 'drug';
    if (c.items.vaccine.test(text)) return 'vaccine';
    return null;
  };
  return fromText(cand.itemText, false) ?? fromText(before, true) ?? c.unitItem.get(cand.unit) ?? null;
}

/**
 * The donor or supplier: names in the figure's clause introduced by a source word ("từ các nước như Nhật Bản,
 * Ấn Độ", "dari Jepang", "from Japan") or standing as the subject of a donating verb ("Mỹ viện trợ"). A list
 * of names counts as one counterpart; the one nearest the figure wins.
 */
export function resolveCounterpart(
  sentence: string,
  cand: DoseCandidate,
  cues: readonly Cue[],
  verb: Cue | null,
  status: DoseStatus,
  c: CompiledContext,
  figures: ReadonlyArray<{ start: number; end: number }>,
  names: readonly RegExpExecArray[],
): string | null {
  const { from, to } = clauseOf(cues, cand, sentence.length);
  const hits = names.filter((m) => m.index >= from && m.index + m[0].length <= to);
  if (hits.length === 0) return null;
  const lists: Array<{ start: number; end: number; names: string[]; makers: boolean }> = [];
  for (const h of hits) {
    const name = c.counterparts.get(h[0].replace(/\s+/g, ' ')) ?? h[0];
    const last = lists.at(-1);
    if (last && c.listGap.test(sentence.slice(last.end, h.index))) {
      if (!last.names.includes(name)) last.names.push(name);
      last.end = h.index + h[0].length;
      last.makers &&= c.makers.has(name);
    } else lists.push({ start: h.index, end: h.index + h[0].length, names: [name], makers: c.makers.has(name) });
  }
  const qualifies = (l: Span): boolean => {
    if (l.end > cand.start && l.start < cand.end) return false;
    if (!c.sourceBefore.test(sentence.slice(Math.max(from, l.start - 48), l.start))) return false;
    // Before its figure, a source stays close: "hợp đồng với AstraZeneca để mua 30 triệu liều", not "qua cơ chế
    // COVAX đến các hợp đồng hàng chục triệu liều" (the contracts are not COVAX's).
    return l.start >= cand.end || sentence.slice(l.end, cand.start).trim().split(/\s+/).length <= 3;
  };
  const distance = (l: Span, f: Span = cand): number => (l.end <= f.start ? f.start - l.end : l.start - f.end);
  // A name belongs to the figure nearest it ("10 triệu liều từ Mỹ và 5 triệu liều từ Nhật Bản").
  // On a tie, a name follows its figure: "10 triệu liều từ Mỹ".
  const follows = (l: Span, f: Span): number => (f.end <= l.start ? 0 : 1);
  const nearest = (l: Span): boolean =>
    figures.every((f) => f === cand || distance(l, f) - distance(l) + (follows(l, f) - follows(l, cand)) / 2 > 0);
  // The subject of a donating or supplying verb ("Mỹ viện trợ", "China will deliver"); a maker named before a
  // donation is the vaccine ("Vaksin AstraZeneca … hibah dari Jepang"), not the donor.
  // A donation still to come ("Australia will donate") has its donor as much as a done one.
  const donating = status === 'donated' || verb?.status === 'donated';
  const isDonor = (l: Span & { makers: boolean }): boolean =>
    verb !== null &&
    (donating || (verb.source ?? false)) &&
    !(l.makers && donating) &&
    l.end <= verb.start &&
    verb.start - l.end <= 40;
  // A donor or supplier ("The US has donated … through COVAX") outranks the channel it went through.
  const donor = lists.find((l) => nearest(l) && isDonor(l) && !(l.end > cand.start && l.start < cand.end));
  if (donor) return donor.names.join(', ');
  const best = lists
    .filter((l) => nearest(l) && qualifies(l))
    .sort((a, b) => distance(a) - distance(b) || follows(a, cand) - follows(b, cand))[0];
  return best ? best.names.join(', ') : null;
}


function adjunctTail(a: DoseVocab['adjuncts']): RegExp {
  if (!a?.words.length) return /(?!)/;
  const fill = a.fillers?.length ? `(?:\\s+(?:${wordAlternation(a.fillers)}))?` : '';
  return new RegExp(`${NOT_AFTER_WORD}(?:${wordAlternation(a.words)})${fill}\\s+$`, 'iu');
}
