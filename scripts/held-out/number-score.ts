import { z } from 'zod';
import { Lang } from '../../src/core/index.js';
import type { CompiledNumbers } from '../../src/extractors/common/numbers/index.js';

/** One hand-annotated sentence of a held-out number-words set: each amount written in words and its value. */
export const NumberItem = z.object({
  id: z.string().min(1),
  lang: Lang,
  text: z.string().min(1),
  source: z.string().min(1),
  numbers: z.array(z.object({ text: z.string().min(1), value: z.number().nonnegative() })).min(1),
});
export type NumberItem = z.infer<typeof NumberItem>;

export interface NumberTally {
  sentences: number;
  gold: number;
  /** Annotated amounts read by an amount match that overlaps them and has exactly their value. */
  exact: number;
  /** Annotated amounts overlapped only by matches of another value (a wrong figure). */
  wrong: number;
  /** Annotated amounts no amount match touches. */
  missed: number;
}

export interface NumberMiss {
  id: string;
  kind: 'wrong' | 'missed';
  detail: string;
  text: string;
}

export const emptyNumberTally = (): NumberTally => ({ sentences: 0, gold: 0, exact: 0, wrong: 0, missed: 0 });

interface Read {
  start: number;
  end: number;
  raw: string;
  value: number | null;
}

/** Every amount the language's grammar finds in a text, with the value it parses to. */
export function readAmounts(numbers: CompiledNumbers, text: string): Read[] {
  const out: Read[] = [];
  for (const m of text.matchAll(new RegExp(numbers.amount, 'giu'))) {
    const start = m.index;
    out.push({ start, end: start + m[0].length, raw: m[0], value: numbers.parse(m[0])?.value ?? null });
  }
  return out;
}

/**
 * Scores one sentence: each annotated amount is located by its text; it is exact when an amount match
 * overlapping it parses to its value, wrong when the overlapping matches give other values, missed when none
 * overlaps. An annotation whose text is not in the sentence is a data error.
 */
export function scoreNumberItem(
  item: NumberItem,
  numbers: CompiledNumbers,
  t: NumberTally,
  misses: NumberMiss[],
): void {
  t.sentences++;
  const reads = readAmounts(numbers, item.text);
  for (const g of item.numbers) {
    const start = item.text.indexOf(g.text);
    if (start < 0) throw new Error(`${item.id}: "${g.text}" is not in the sentence`);
    const end = start + g.text.length;
    const over = reads.filter((r) => r.start < end && r.end > start);
    t.gold++;
    if (over.some((r) => r.value === g.value)) t.exact++;
    else if (over.length > 0) {
      t.wrong++;
      const got = over.map((r) => `"${r.raw}" → ${r.value ?? 'unparsed'}`).join(', ');
      misses.push({ id: item.id, kind: 'wrong', detail: `${g.value}: ${got}`, text: item.text });
    } else {
      t.missed++;
      misses.push({ id: item.id, kind: 'missed', detail: `${g.value} "${g.text}"`, text: item.text });
    }
  }
}

export function addNumberTally(into: NumberTally, t: NumberTally): void {
  for (const k of Object.keys(into) as (keyof NumberTally)[]) into[k] += t[k];
}

const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));

export function formatNumberTally(label: string, t: NumberTally): string {
  return [
    label.padEnd(10),
    `sentences ${String(t.sentences).padStart(3)}`,
    `exact ${String(t.exact).padStart(3)}/${String(t.gold).padEnd(3)} = ${ratio(t.exact, t.gold)}`,
    `wrong ${String(t.wrong).padStart(2)}`,
    `missed ${String(t.missed).padStart(2)}`,
  ].join('  ');
}
