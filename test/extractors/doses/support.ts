import type { DoseFact, DoseStatus, FactDraft } from '../../../src/core/index.js';
import type { Extractor } from '../../../src/extractors/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/** What one phrase must yield: value and status always; the rest only when given. */
export interface Want {
  value: number | null;
  status: DoseStatus;
  valueMax?: number | null;
  approximate?: boolean;
  item?: string | null;
  counterpart?: string | null;
  text?: string;
}

export interface Row {
  s: string;
  want: Want[];
}

/** A phrase that must yield exactly these facts, in order. */
export const yes = (s: string, ...want: Want[]): Row => ({ s, want });
/** A phrase that must yield no fact (chrono's negative cases). */
export const no = (s: string): Row => ({ s, want: [] });

export type DoseDraft = Extract<FactDraft, { type: 'dose' }>;

export function dosesOf(ex: Extractor, text: string | string[], lang: 'vi' | 'id' | 'en'): DoseDraft[] {
  return ex.extract(docFromText(text, { lang })).filter((f): f is DoseDraft => f.type === 'dose');
}

/** The fields of a fact a Want checks, for readable diffs. */
export function project(f: DoseDraft | DoseFact, w: Want): Record<string, unknown> {
  const out: Record<string, unknown> = { value: f.value, valueMax: f.valueMax, status: f.status };
  if (w.approximate !== undefined) out.approximate = f.approximate;
  if (w.item !== undefined) out.item = f.item;
  if (w.counterpart !== undefined) out.counterpart = f.counterpart;
  if (w.text !== undefined) out.text = f.text;
  return out;
}

export function expected(w: Want): Record<string, unknown> {
  const out: Record<string, unknown> = { value: w.value, valueMax: w.valueMax ?? null, status: w.status };
  if (w.approximate !== undefined) out.approximate = w.approximate;
  if (w.item !== undefined) out.item = w.item;
  if (w.counterpart !== undefined) out.counterpart = w.counterpart;
  if (w.text !== undefined) out.text = w.text;
  return out;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  /** Facts with the right figure (value, valueMax) whatever their status. */
  figureTp: number;
}

/**
 * Scores one table: a fact is a true positive when it matches the next wanted fact of its phrase on every
 * field that fact specifies; figureTp counts matches on value and valueMax alone.
 */
export function score(ex: Extractor, rows: readonly Row[], lang: 'vi' | 'id' | 'en'): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, figureTp: 0 };
  for (const row of rows) {
    const got = dosesOf(ex, row.s, lang);
    const left = [...row.want];
    for (const f of got) {
      const i = left.findIndex((w) => JSON.stringify(project(f, w)) === JSON.stringify(expected(w)));
      const j = left.findIndex((w) => f.value === w.value && f.valueMax === (w.valueMax ?? null));
      if (j >= 0) s.figureTp++;
      if (i >= 0) {
        s.tp++;
        left.splice(i, 1);
      } else s.fp++;
    }
    s.fn += left.length;
  }
  return s;
}

export const prf = (s: Pick<Score, 'tp' | 'fp' | 'fn'>): { p: number; r: number; f1: number } => {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
