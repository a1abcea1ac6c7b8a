export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

export const median = (v: readonly number[]): number => quantile(v, 0.5);

/** Milliseconds one call takes. */
export function timeMs(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** A plain text table: first row is the header. */
export function table(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  const line = (r: ReadonlyArray<string>): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const [head, ...body] = rows;
  return [line(head ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Token-level F1 of `got` against `expected` (bag of words, case-folded). */
export function tokenF1(got: string, expected: string): { precision: number; recall: number; f1: number } {
  const bag = (t: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const w of t.toLowerCase().normalize('NFC').match(TOKEN) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const g = bag(got);
  const e = bag(expected);
  let common = 0;
  let gn = 0;
  let en = 0;
  for (const [w, n] of g) {
    gn += n;
    common += Math.min(n, e.get(w) ?? 0);
  }
  for (const n of e.values()) en += n;
  const precision = gn ? common / gn : 0;
  const recall = en ? common / en : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
