import { z } from 'zod';

/** test/gold/baseline.json: the lowest figure each metric may reach ("dose/vi" → F1, "text/all" → text F1). */
export const Baseline = z.object({
  note: z.string().optional(),
  floors: z.record(z.string().regex(/^(dose|date|statement|link|cluster|text)\/(vi|id|en|und|all|cross)$/), z.number().min(0).max(1)),
});
export type Baseline = z.infer<typeof Baseline>;

const EPS = 1e-9;
/** Floors are pinned to three decimals, rounded down so that the figure measured passes its own floor. */
const pinned = (x: number): number => Math.floor(x * 1000 + EPS) / 1000;

export interface GateResult {
  /** Metrics below their floor (or no longer measured): the gate fails when any. */
  below: string[];
  /** Metrics measured without a floor yet. */
  unpinned: string[];
  /** With `update`: the floors to write, or undefined when lowering was refused. */
  floors?: Record<string, number>;
}

/**
 * Compares figures with floors. With `update`, floors rise to the figures measured (new metrics get one);
 * a floor is lowered (or dropped, when no longer measured) only with `allowLower`.
 */
export function gate(floors: Record<string, number>, figures: Record<string, number>, opts: { update?: boolean; allowLower?: boolean } = {}): GateResult {
  const below: string[] = [];
  for (const [key, floor] of Object.entries(floors).sort(([a], [b]) => a.localeCompare(b))) {
    const now = figures[key];
    if (now === undefined) below.push(`${key}: floor ${floor.toFixed(3)}, no longer measured`);
    else if (now + EPS < floor) below.push(`${key}: ${now.toFixed(3)} < floor ${floor.toFixed(3)}`);
  }
  const unpinned = Object.keys(figures).filter((k) => !(k in floors)).sort();
  if (!opts.update || (below.length > 0 && !opts.allowLower)) return { below, unpinned };
  const next: Record<string, number> = {};
  for (const key of Object.keys(figures).sort()) {
    const now = pinned(figures[key]!);
    const old = floors[key];
    next[key] = opts.allowLower || old === undefined ? now : Math.max(old, now);
  }
  return { below, unpinned, floors: next };
}
