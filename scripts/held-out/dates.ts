import { parseOptions, setNames, type Split } from './options.js';
import { readItems } from './read-items.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DateFact, Lang, Paragraph } from '../../src/core/index.js';
import { articleSentences } from '../../src/extractors/common/sentences.js';
import { EXTRACTORS, type ExtractDoc } from '../../src/extractors/index.js';

/**
 * Held-out dates: real published sentences, each with its publication date and the TimeML value of
 * every date it states (eval/held-out/dates/<set>/{dev,test}.jsonl). A predicted date is correct when its
 * span overlaps a gold date's and the values are equal; one that overlaps an already matched gold date
 * with the same value is a duplicate (counted neither right nor wrong); every other prediction is false.
 */
export const HeldOutDateItem = z.object({
  id: z.string().min(1),
  lang: z.enum(['vi', 'id', 'en']),
  text: z.string().min(1),
  publishedAt: z.iso.datetime({ offset: true }),
  utcOffset: z.string().regex(/^[+-]\d\d:\d\d$/),
  dates: z.array(z.object({ text: z.string().min(1), value: z.string().min(1) })),
  source: z.record(z.string(), z.unknown()),
});
export type HeldOutDateItem = z.infer<typeof HeldOutDateItem>;

export interface Predicted {
  text: string;
  start: number;
  end: number;
  value: string;
}

export interface ItemResult {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  duplicates: number;
  misses: string[];
  falses: string[];
}

/** Offsets of each gold text: its first occurrence starting after the previous gold date's start. */
function goldSpans(text: string, dates: HeldOutDateItem['dates']): Array<[number, number]> {
  let from = 0;
  let after = 0;
  return dates.map((d) => {
    // After the previous gold date first: "cuối năm 2025 … năm 2025" is two places; overlapping gold texts fall back.
    let at = text.indexOf(d.text, after);
    if (at < 0) at = text.indexOf(d.text, from);
    if (at < 0) throw new Error(`gold text "${d.text}" not found in "${text}"`);
    from = at + 1;
    after = at + d.text.length;
    return [at, at + d.text.length];
  });
}

/** Matches predictions to gold dates: overlap and equal value, each gold date at most once. */
export function matchDates(item: Pick<HeldOutDateItem, 'text' | 'dates'>, predicted: readonly Predicted[]): ItemResult {
  const spans = goldSpans(item.text, item.dates);
  const matched = new Set<number>();
  const result: ItemResult = {
    gold: item.dates.length,
    found: 0,
    predicted: predicted.length,
    correct: 0,
    duplicates: 0,
    misses: [],
    falses: [],
  };
  const overlaps = (p: Predicted, i: number): boolean => p.start < spans[i]![1] && spans[i]![0] < p.end;
  for (const p of predicted) {
    const i = item.dates.findIndex((g, k) => !matched.has(k) && g.value === p.value && overlaps(p, k));
    if (i >= 0) {
      matched.add(i);
      result.correct++;
    } else if (item.dates.some((g, k) => matched.has(k) && g.value === p.value && overlaps(p, k))) {
      result.duplicates++;
    } else {
      result.falses.push(`"${p.text}" → ${p.value}`);
    }
  }
  result.found = matched.size;
  item.dates.forEach((g, k) => {
    if (!matched.has(k)) result.misses.push(`"${g.text}" = ${g.value}`);
  });
  return result;
}

/** The item as one body paragraph, published when its source says. */
export function itemDoc(item: HeldOutDateItem): ExtractDoc {
  const text = item.text.normalize('NFC');
  const paragraphs: Paragraph[] = [{ text, lang: item.lang, kind: 'body', start: 0, end: text.length }];
  return {
    url: `held-out:${item.id}`,
    text,
    lang: item.lang,
    paragraphs,
    sentences: articleSentences(text, paragraphs, item.lang),
    publishedAt: item.publishedAt,
    utcOffset: item.utcOffset,
  };
}

export function predictDates(item: HeldOutDateItem): Predicted[] {
  const doc = itemDoc(item);
  const extractor = EXTRACTORS.find((e) => e.type === 'date' && e.lang === item.lang);
  if (!extractor) throw new Error(`no date extractor for ${item.lang}`);
  return extractor
    .extract(doc)
    .filter((f): f is Omit<DateFact, 'id'> => f.type === 'date')
    .map((f) => ({ text: f.text, start: f.start, end: f.end, value: f.value }));
}

export interface Totals {
  sentences: number;
  negatives: number;
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  duplicates: number;
  falses: number;
  falsesOnNegatives: number;
}

const emptyTotals = (): Totals => ({
  sentences: 0,
  negatives: 0,
  gold: 0,
  found: 0,
  predicted: 0,
  correct: 0,
  duplicates: 0,
  falses: 0,
  falsesOnNegatives: 0,
});

function add(t: Totals, item: HeldOutDateItem, r: ItemResult): void {
  t.sentences++;
  if (item.dates.length === 0) t.negatives++;
  t.gold += r.gold;
  t.found += r.found;
  t.predicted += r.predicted;
  t.correct += r.correct;
  t.duplicates += r.duplicates;
  t.falses += r.falses.length;
  if (item.dates.length === 0) t.falsesOnNegatives += r.falses.length;
}

export function figures(t: Totals): { recall: number; precision: number; falsePer100: number } {
  const counted = t.predicted - t.duplicates;
  return {
    recall: t.gold === 0 ? 1 : t.found / t.gold,
    precision: counted === 0 ? 1 : t.correct / counted,
    falsePer100: t.sentences === 0 ? 0 : (100 * t.falses) / t.sentences,
  };
}


export interface SetScore {
  set: string;
  byLang: Map<Lang, Totals>;
  misses: string[];
}

/** Scores one split of every set under `root`, or of the one set `only` names. */
export async function scoreSplit(root: string, split: Split, only?: string): Promise<SetScore[]> {
  const sets = await setNames(root, { splits: [split], misses: false, json: false, ...(only ? { set: only } : {}) });
  const out: SetScore[] = [];
  for (const set of sets) {
    const items = readItems(join(root, set, `${split}.jsonl`), HeldOutDateItem);
    const byLang = new Map<Lang, Totals>();
    const misses: string[] = [];
    for (const item of items) {
      const r = matchDates(item, predictDates(item));
      const t = byLang.get(item.lang) ?? emptyTotals();
      add(t, item, r);
      byLang.set(item.lang, t);
      if (r.misses.length || r.falses.length) {
        misses.push(`${item.id} [${item.publishedAt.slice(0, 10)}] ${item.text}`);
        for (const m of r.misses) misses.push(`    missed ${m}`);
        for (const f of r.falses) misses.push(`    false  ${f}`);
      }
    }
    out.push({ set, byLang, misses });
  }
  return out;
}

const pct = (x: number): string => x.toFixed(3);

function line(label: string, t: Totals): string {
  const f = figures(t);
  return (
    `${label.padEnd(28)} sentences ${String(t.sentences).padStart(4)} (neg ${String(t.negatives).padStart(3)})  ` +
    `values ${String(t.found).padStart(3)}/${String(t.gold).padEnd(3)} recall ${pct(f.recall)}  ` +
    `precision ${pct(f.precision)}  false ${String(t.falses).padStart(3)} (${f.falsePer100.toFixed(1)}/100 sent., ` +
    `${t.falsesOnNegatives} on negatives)`
  );
}

export function formatScores(split: string, scores: readonly SetScore[], withMisses: boolean): string {
  const lines: string[] = [`held-out dates, split ${split}`];
  const all = new Map<Lang, Totals>();
  for (const s of scores) {
    for (const [lang, t] of s.byLang) {
      lines.push(line(`${s.set} ${lang}`, t));
      const a = all.get(lang) ?? emptyTotals();
      for (const k of Object.keys(t) as Array<keyof Totals>) a[k] += t[k];
      all.set(lang, a);
    }
  }
  const total = emptyTotals();
  for (const [lang, t] of all) {
    lines.push(line(`all ${lang}`, t));
    for (const k of Object.keys(t) as Array<keyof Totals>) total[k] += t[k];
  }
  lines.push(line('all', total));
  if (withMisses)
    for (const s of scores) if (s.misses.length) lines.push('', `misses in ${s.set}/${split}:`, ...s.misses);
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<void> {
  const { opts } = parseOptions(['dates', ...argv]);
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../eval/held-out/dates');
  const parts: string[] = [];
  for (const split of opts.splits) {
    parts.push(formatScores(split, await scoreSplit(root, split, opts.set), opts.misses));
  }
  console.log(parts.join('\n\n'));
}
