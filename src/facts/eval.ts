import { z } from 'zod';
import { DateMod, zodReason, DoseStatus, FACT_TYPES, Lang, type Fact, type FactType } from '../core/index.js';
import { cleanNumber, foldKey } from './fold.js';
import { doseClusterIds } from './clusters.js';
import { linkFacts } from './links.js';

/**
 * The gold corpus (each fixture page's `expected-facts.jsonl`, or one gold JSONL naming the page on every
 * line): facts a careful reader marks by hand, one per line, after a line declaring the page and which fact
 * types were annotated on it. A fact is located by its span text
 * (`context`, when given, is a longer unique passage that contains it; else `nth` occurrence, from 0).
 */
const GoldPage = z.object({
  type: z.literal('page'),
  page: z.string().min(1),
  lang: Lang,
  types: z.array(z.enum(FACT_TYPES)).min(1),
  note: z.string().optional(),
});
const goldFact = {
  page: z.string().min(1),
  lang: Lang.optional(),
  text: z.string().min(1),
  context: z.string().min(1).optional(),
  nth: z.number().int().nonnegative().optional(),
  note: z.string().optional(),
};
const GoldDose = z.object({
  ...goldFact,
  type: z.literal('dose'),
  value: z.number().nonnegative().nullable(),
  valueMax: z.number().nonnegative().nullable().default(null),
  /** The span text of the gold date that qualifies this dose (the nearest one with that text), null for none; absent: not annotated. */
  date: z.string().min(1).nullable().optional(),
  /** A label shared by the gold doses, on any page, that report the same thing (for cluster scoring). */
  same: z.string().min(1).optional(),
  /** Checked by the fixture tests where given, not scored by eval. */
  status: DoseStatus.optional(),
  item: z.string().min(1).nullable().optional(),
  approximate: z.boolean().optional(),
  counterpart: z.string().min(1).nullable().optional(),
});
/** `mod` is checked by the fixture tests where given, not scored by eval. */
const GoldDate = z.object({ ...goldFact, type: z.literal('date'), value: z.string().min(1), mod: DateMod.nullable().optional() });
/** `direct` is checked by the statement scorer where given, not by eval. */
const GoldStatement = z.object({
  ...goldFact,
  type: z.literal('statement'),
  speakerKey: z.string().min(1).nullable(),
  direct: z.boolean().optional(),
});

const GoldLine = z.discriminatedUnion('type', [GoldPage, GoldDose, GoldDate, GoldStatement]);
type GoldLine = z.infer<typeof GoldLine>;
export type GoldFact = z.infer<typeof GoldDose> | z.infer<typeof GoldDate> | z.infer<typeof GoldStatement>;
type GoldPage = z.infer<typeof GoldPage>;

export interface Gold {
  pages: Map<string, GoldPage>;
  facts: Map<string, GoldFact[]>;
}

/**
 * Parses a gold JSONL; errors name the file, the line and the problem. With `page`, the lines are that
 * page's (a fixture's expected-facts.jsonl) and name no page themselves.
 */
export function parseGold(text: string, source: string, page?: string): Gold {
  const pages = new Map<string, GoldPage>();
  const facts = new Map<string, GoldFact[]>();
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('//')) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${source}:${i + 1}: not JSON`);
    }
    if (page !== undefined && json && typeof json === 'object') json = { ...json, page };
    const parsed = GoldLine.safeParse(json);
    if (!parsed.success) throw new Error(`${source}:${i + 1}: ${zodReason(parsed.error)}`);
    const g = parsed.data;
    if (g.type === 'page') {
      if (pages.has(g.page)) throw new Error(`${source}:${i + 1}: page "${g.page}" declared twice`);
      pages.set(g.page, g);
      return;
    }
    if (!pages.has(g.page)) throw new Error(`${source}:${i + 1}: fact of page "${g.page}" before its page line`);
    if (g.context && !g.context.includes(g.text)) throw new Error(`${source}:${i + 1}: context does not contain "${g.text}"`);
    facts.set(g.page, [...(facts.get(g.page) ?? []), g]);
  });
  for (const [page, list] of facts) {
    for (const g of list) {
      if (g.type === 'dose' && g.date && !list.some((d) => d.type === 'date' && d.text === g.date)) {
        throw new Error(`${source}: dose "${g.text}" of page "${page}" names date "${g.date}", which is not a gold date of that page`);
      }
    }
  }
  return { pages, facts };
}

/** What eval needs of a predicted page: its cleaned text and facts (and the expected text, when known). */
export interface PredictedPage {
  page: string;
  text: string;
  facts: readonly Fact[];
  expectedText?: string;
  lang?: string;
  publishedAt?: string | null;
}

/** Where a gold fact is in the predicted article's text, or null when the cleaner lost it. */
export function locateGold(g: GoldFact, text: string): { start: number; end: number } | null {
  let from = 0;
  if (g.context) {
    const c = text.indexOf(g.context);
    if (c < 0) return null;
    from = c;
  }
  let at = text.indexOf(g.text, from);
  for (let k = 0; k < (g.nth ?? 0) && at >= 0; k++) at = text.indexOf(g.text, at + 1);
  return at < 0 ? null : { start: at, end: at + g.text.length };
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return cleanNumber(a) === cleanNumber(b);
}

/**
 * A gold fact and a predicted fact match when they are of the same type on the same page, their spans
 * overlap, and the normalised value agrees: dose value and valueMax; date value (the TimeML string);
 * statement speaker key (ASCII-folded). Each predicted fact matches at most one gold fact.
 */
function valueAgrees(g: GoldFact, f: Fact): boolean {
  if (g.type === 'dose' && f.type === 'dose') return sameNumber(g.value, f.value) && sameNumber(g.valueMax, f.valueMax);
  if (g.type === 'date' && f.type === 'date') return g.value === f.value;
  if (g.type === 'statement' && f.type === 'statement') return foldKey(g.speakerKey ?? '') === foldKey(f.speaker.key ?? '');
  return false;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** The predicted fact a located gold fact matches: overlapping, value agreeing, the largest overlap first. */
export function bestMatch(g: GoldFact, span: { start: number; end: number }, preds: readonly Fact[]): Fact | undefined {
  return preds
    .filter((f) => overlap(span, f) > 0 && valueAgrees(g, f))
    .sort((a, b) => overlap(span, b) - overlap(span, a) || Math.abs(a.start - span.start) - Math.abs(b.start - span.start))[0];
}

interface Score {
  gold: number;
  predicted: number;
  /** Gold facts found (for recall) and predicted facts that found one (for precision): equal unless langs differ. */
  matchedGold: number;
  matchedPredicted: number;
  precision: number;
  recall: number;
  f1: number;
}

interface Miss {
  page: string;
  type: FactType;
  text: string;
  kind: 'missed' | 'wrong-value' | 'not-in-text' | 'spurious' | 'wrong-link' | 'split-cluster' | 'wrong-cluster';
  detail?: string;
}

export interface EvalReport {
  /**
   * Keyed "dose/vi", "dose/all", …; "link/…" scores the dose → date links of the doses found: a predicted
   * link is right when it points to the predicted date that matched the gold date the annotator named.
   * "cluster/all" and "cluster/cross" (pairs in two languages) score dose clusters pairwise over the gold
   * doses found: a pair is positive in the gold when both carry the same `same` label, and predicted
   * positive when both predicted doses have the same clusterId.
   */
  facts: Record<string, Score>;
  /** Bag-of-words F1 of the cleaned text against expected.txt, mean over pages: "text/vi", "text/all". */
  text: Record<string, { pages: number; f1: number }>;
  misses: Miss[];
  pagesScored: number;
  pagesWithoutPrediction: string[];
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function tokens(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (t) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Token precision and recall between two texts taken as bags of words; an empty side scores as it matches. */
export function tokenScores(predicted: string, expected: string): { p: number; r: number; f1: number } {
  const p = tokens(predicted);
  const e = tokens(expected);
  let common = 0;
  let np = 0;
  let ne = 0;
  for (const n of p.values()) np += n;
  for (const n of e.values()) ne += n;
  for (const [t, n] of p) common += Math.min(n, e.get(t) ?? 0);
  const precision = np === 0 ? (ne === 0 ? 1 : 0) : common / np;
  return { p: precision, r: ne === 0 ? 1 : common / ne, f1: f1Of(common, np, ne) };
}

/** Token-level F1 between two texts taken as bags of words (as in article-extraction benchmarks). */
export function textF1(predicted: string, expected: string): number {
  return tokenScores(predicted, expected).f1;
}

function f1Of(common: number, np: number, ne: number): number {
  if (np === 0 && ne === 0) return 1;
  if (np === 0 || ne === 0) return 0;
  return f1(common / np, common / ne);
}

/** Scores predicted pages against the gold corpus, per fact type and language, plus text F1. */
export function evaluate(gold: Gold, predicted: Iterable<PredictedPage>): EvalReport {
  const counts = new Map<string, { gold: number; predicted: number; matchedGold: number; matchedPredicted: number }>();
  const bump = (type: string, lang: string, k: 'gold' | 'predicted' | 'matchedGold' | 'matchedPredicted') => {
    for (const key of [`${type}/${lang}`, `${type}/all`]) {
      const c = counts.get(key) ?? { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0 };
      c[k]++;
      counts.set(key, c);
    }
  };
  const texts = new Map<string, number[]>();
  const misses: Miss[] = [];
  const seen = new Set<string>();
  const bumpLink = (lang: string, k: 'gold' | 'predicted' | 'matchedGold' | 'matchedPredicted') => bump('link', lang, k);
  const clustered: ClusterItem[] = [];
  for (const p of predicted) {
    if (p.expectedText !== undefined) {
      const score = textF1(p.text, p.expectedText);
      for (const key of [`text/${gold.pages.get(p.page)?.lang ?? p.lang ?? 'und'}`, 'text/all']) texts.set(key, [...(texts.get(key) ?? []), score]);
    }
    const page = gold.pages.get(p.page);
    if (!page) continue;
    seen.add(p.page);
    const matched = new Map<GoldFact, Fact>();
    const located = new Map<GoldFact, { start: number; end: number }>();
    for (const type of page.types) {
      for (const key of [`${type}/${page.lang}`, `${type}/all`]) if (!counts.has(key)) counts.set(key, { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0 });
      const golds = (gold.facts.get(p.page) ?? []).filter((g) => g.type === type);
      const preds = p.facts.filter((f) => f.type === type);
      const used = new Set<Fact>();
      for (const f of preds) bump(type, f.lang, 'predicted');
      for (const g of golds) {
        const lang = g.lang ?? page.lang;
        bump(type, lang, 'gold');
        const span = locateGold(g, p.text);
        if (!span) {
          misses.push({ page: p.page, type, text: g.text, kind: 'not-in-text' });
          continue;
        }
        const overlapping = preds.filter((f) => !used.has(f) && overlap(span, f) > 0);
        const best = bestMatch(g, span, overlapping);
        located.set(g, span);
        if (best) {
          matched.set(g, best);
          used.add(best);
          bump(type, lang, 'matchedGold');
          bump(type, best.lang, 'matchedPredicted');
        } else {
          const near = overlapping[0];
          misses.push(
            near
              ? { page: p.page, type, text: g.text, kind: 'wrong-value', detail: `predicted ${describe(near)}, gold ${describeGold(g)}` }
              : { page: p.page, type, text: g.text, kind: 'missed', detail: describeGold(g) },
          );
        }
      }
      for (const f of preds) if (!used.has(f)) misses.push({ page: p.page, type, text: f.text, kind: 'spurious', detail: describe(f) });
    }
    if (page.types.includes('dose') && page.types.includes('date')) {
      const links = linkFacts(p.facts, p.text);
      scoreLinks(p, links, gold.facts.get(p.page) ?? [], matched, located, page.lang, bumpLink, misses);
      const clusters = doseClusterIds(p.facts, links, p.publishedAt ?? null);
      for (const [g, f] of matched) {
        if (g.type === 'dose' && f.type === 'dose') clustered.push({ page: p.page, text: g.text, label: g.same, clusterId: clusters.get(f.id) ?? null, lang: g.lang ?? page.lang });
      }
    }
  }
  scoreClusters(clustered, (key, c) => counts.set(key, c), misses);
  const facts: Record<string, Score> = {};
  for (const [key, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const precision = c.predicted === 0 ? (c.gold === 0 ? 1 : 0) : c.matchedPredicted / c.predicted;
    const recall = c.gold === 0 ? (c.predicted === 0 ? 1 : 0) : c.matchedGold / c.gold;
    facts[key] = { ...c, precision, recall, f1: f1(precision, recall) };
  }
  const text: EvalReport['text'] = {};
  for (const [key, scores] of [...texts].sort(([a], [b]) => a.localeCompare(b))) {
    text[key] = { pages: scores.length, f1: scores.reduce((s, x) => s + x, 0) / scores.length };
  }
  return { facts, text, misses, pagesScored: seen.size, pagesWithoutPrediction: [...gold.pages.keys()].filter((k) => !seen.has(k)).sort() };
}

/** Dose → date links of the doses found, against the dates the annotator named. */
function scoreLinks(
  p: PredictedPage,
  links: ReturnType<typeof linkFacts>,
  golds: readonly GoldFact[],
  matched: Map<GoldFact, Fact>,
  located: Map<GoldFact, { start: number; end: number }>,
  pageLang: string,
  bump: (lang: string, k: 'gold' | 'predicted' | 'matchedGold' | 'matchedPredicted') => void,
  misses: Miss[],
): void {
  const goldOf = new Map<Fact, GoldFact>([...matched].map(([g, f]) => [f, g]));
  const byId = new Map(p.facts.map((f) => [f.id, f]));
  for (const g of golds) {
    if (g.type !== 'dose' || g.date === undefined) continue;
    const dose = matched.get(g);
    const span = located.get(g);
    if (!dose || !span) continue;
    const lang = g.lang ?? pageLang;
    const wanted = g.date === null ? undefined : nearestGoldDate(golds, g.date, span, located);
    const predictedId = links.get(dose.id)?.dateId ?? null;
    const predicted = predictedId === null ? undefined : byId.get(predictedId);
    if (wanted) bump(lang, 'gold');
    if (predicted) bump(dose.lang, 'predicted');
    if (wanted && predicted && goldOf.get(predicted) === wanted) {
      bump(lang, 'matchedGold');
      bump(dose.lang, 'matchedPredicted');
    } else if (wanted || predicted) {
      misses.push({ page: p.page, type: 'dose', text: g.text, kind: 'wrong-link', detail: `linked to ${predicted ? `"${predicted.text}"` : 'no date'}, gold ${wanted ? `"${wanted.text}"` : 'no date'}` });
    }
  }
}

/** Pairwise cluster scores over the gold doses found (a missed dose is scored by dose recall, not here). */
interface ClusterItem {
  page: string;
  text: string;
  label: string | undefined;
  clusterId: string | null;
  lang: string;
}

function scoreClusters(
  items: readonly ClusterItem[],
  set: (key: string, c: { gold: number; predicted: number; matchedGold: number; matchedPredicted: number }) => void,
  misses: Miss[],
): void {
  const all = { gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0 };
  const cross = { ...all };
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!;
      const b = items[j]!;
      const same = a.label !== undefined && a.label === b.label;
      const predicted = a.clusterId !== null && a.clusterId === b.clusterId;
      if (same !== predicted) {
        misses.push({ page: a.page, type: 'dose', text: a.text, kind: same ? 'split-cluster' : 'wrong-cluster', detail: `and "${b.text}" (${b.page})` });
      }
      for (const c of a.lang === b.lang ? [all] : [all, cross]) {
        if (same) c.gold++;
        if (predicted) c.predicted++;
        if (same && predicted) {
          c.matchedGold++;
          c.matchedPredicted++;
        }
      }
    }
  }
  if (items.length > 0) {
    set('cluster/all', all);
    set('cluster/cross', cross);
  }
}

function nearestGoldDate(golds: readonly GoldFact[], text: string, span: { start: number; end: number }, located: Map<GoldFact, { start: number; end: number }>): GoldFact | undefined {
  let best: GoldFact | undefined;
  let bestGap = Infinity;
  for (const d of golds) {
    const at = d.type === 'date' && d.text === text ? located.get(d) : undefined;
    if (!at) continue;
    const gap = Math.max(0, at.start - span.end, span.start - at.end);
    if (gap < bestGap) {
      best = d;
      bestGap = gap;
    }
  }
  return best;
}

function describe(f: Fact): string {
  if (f.type === 'dose') return `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`}`;
  if (f.type === 'date') return f.value;
  return `speaker ${f.speaker.key ?? 'null'}`;
}

function describeGold(g: GoldFact): string {
  if (g.type === 'dose') return `${g.value}${g.valueMax === null ? '' : `-${g.valueMax}`}`;
  if (g.type === 'date') return g.value;
  return `speaker ${g.speakerKey ?? 'null'}`;
}

/** Every figure of a report under one flat key ("dose/vi" → F1, "text/all" → text F1): what floors pin. */
export function reportFigures(r: EvalReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, s] of Object.entries(r.facts)) out[k] = s.f1;
  for (const [k, s] of Object.entries(r.text)) out[k] = s.f1;
  return out;
}

/** The report as a plain-text table. */
export function formatReport(r: EvalReport): string {
  const rows = [['metric', 'gold', 'pred', 'P', 'R', 'F1']];
  const n = (x: number) => x.toFixed(3);
  for (const [k, s] of Object.entries(r.facts)) rows.push([k, String(s.gold), String(s.predicted), n(s.precision), n(s.recall), n(s.f1)]);
  for (const [k, s] of Object.entries(r.text)) rows.push([k, `${s.pages}p`, '', '', '', n(s.f1)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}
