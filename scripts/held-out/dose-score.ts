import { z } from 'zod';
import { DoseStatus, Lang, type FactDraft } from '../../src/core/index.js';

/** One hand-annotated sentence of a held-out dose set: every dose figure in it, or none (a negative). */
export const DoseItem = z.object({
  id: z.string().min(1),
  lang: Lang,
  text: z.string().min(1),
  source: z.string().min(1),
  doses: z.array(
    z.object({ value: z.number().nonnegative(), valueMax: z.number().nonnegative().nullable(), status: DoseStatus }),
  ),
});
export type DoseItem = z.infer<typeof DoseItem>;

type Predicted = Pick<Extract<FactDraft, { type: 'dose' }>, 'value' | 'valueMax' | 'status' | 'text'>;

export interface DoseTally {
  sentences: number;
  negatives: number;
  /** Dose figures annotated in positive sentences. */
  gold: number;
  /** Annotated figures matched by a predicted figure with the same value and valueMax. */
  found: number;
  /** Predicted figures in positive sentences that match no annotated figure. */
  wrong: number;
  /** Predicted figures in negative sentences. */
  falseDoses: number;
  /** Found figures whose status is the annotated one. */
  statusRight: number;
  /** Predicted vague amounts ("jutaan dosis": value null): no figure, so neither found nor wrong nor false. */
  vague: number;
}

export interface DoseMiss {
  id: string;
  kind: 'missed' | 'wrong' | 'false' | 'status' | 'vague';
  detail: string;
  text: string;
}

export const emptyTally = (): DoseTally => ({
  sentences: 0,
  negatives: 0,
  gold: 0,
  found: 0,
  wrong: 0,
  falseDoses: 0,
  statusRight: 0,
  vague: 0,
});

const show = (v: number | null, max: number | null): string => (max === null ? String(v) : `${v}-${max}`);

/**
 * Scores one sentence: each predicted figure takes the first unmatched annotated figure with the same value
 * and valueMax, preferring one with the same status (a sentence may hold one figure twice, "4 million … another
 * 4 million").
 */
export function scoreItem(item: DoseItem, all: readonly Predicted[], t: DoseTally, misses: DoseMiss[]): void {
  t.sentences++;
  const miss = (kind: DoseMiss['kind'], detail: string): number => misses.push({ id: item.id, kind, detail, text: item.text });
  const predicted = all.filter((p) => p.value !== null);
  for (const p of all.filter((x) => x.value === null)) {
    t.vague++;
    miss('vague', `"${p.text}"`);
  }
  if (item.doses.length === 0) {
    t.negatives++;
    t.falseDoses += predicted.length;
    for (const p of predicted) miss('false', `${show(p.value, p.valueMax)} "${p.text}"`);
    return;
  }
  t.gold += item.doses.length;
  const left = [...item.doses];
  for (const p of predicted) {
    const same = left.map((g, i) => [g, i] as const).filter(([g]) => g.value === p.value && g.valueMax === p.valueMax);
    const pick = same.find(([g]) => g.status === p.status) ?? same[0];
    if (!pick) {
      t.wrong++;
      miss('wrong', `${show(p.value, p.valueMax)} "${p.text}"`);
      continue;
    }
    const [g, i] = pick;
    left.splice(i, 1);
    t.found++;
    if (g.status === p.status) t.statusRight++;
    else miss('status', `${show(g.value, g.valueMax)}: ${p.status}, want ${g.status}`);
  }
  for (const g of left) miss('missed', `${show(g.value, g.valueMax)} ${g.status}`);
}

export function addTally(into: DoseTally, t: DoseTally): void {
  for (const k of Object.keys(into) as (keyof DoseTally)[]) into[k] += t[k];
}

const ratio = (a: number, b: number): string => (b === 0 ? '  -  ' : (a / b).toFixed(3));

export function formatTally(label: string, t: DoseTally): string {
  return [
    label.padEnd(10),
    `sentences ${String(t.sentences).padStart(3)} (neg ${String(t.negatives).padStart(2)})`,
    `values ${String(t.found).padStart(3)}/${String(t.gold).padEnd(3)} = ${ratio(t.found, t.gold)}`,
    `wrong ${String(t.wrong).padStart(2)}`,
    `false on negatives ${String(t.falseDoses).padStart(2)}`,
    `status ${String(t.statusRight).padStart(3)}/${String(t.found).padEnd(3)} = ${ratio(t.statusRight, t.found)}`,
    `vague ${t.vague}`,
  ].join('  ');
}
