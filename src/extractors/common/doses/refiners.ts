import { PARSER_ORDER, type DoseCandidate } from './parsers.js';

/** Overlapping candidates: the longest span wins ("từ 16 đến 17 triệu liều" over "17 triệu liều"). */
export function removeOverlaps(cands: DoseCandidate[]): DoseCandidate[] {
  const ranked = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PARSER_ORDER.indexOf(a.parser) - PARSER_ORDER.indexOf(b.parser),
  );
  const kept: DoseCandidate[] = [];
  for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

interface UnitGate {
  after?: RegExp;
  before?: RegExp;
  sentence?: RegExp;
  counted?: RegExp;
  scaled?: boolean;
}

export interface FilterContext {
  sentence: string;
  currencyBefore: RegExp;
  ratioAfter: RegExp;
  /** A pack's content before the figure ("Satu botol vaksin untuk"): never matches without the vocabulary. */
  ratioBefore: RegExp;
  gates: ReadonlyMap<string, UnitGate>;
  /** A delivery verb right before a small count: "đã tiếp nhận 14 liều" is a delivery, "tiêm đủ 2 liều" a regimen. */
  smallBefore: RegExp | null;
  /** Units that count containers, whose counts are never a regimen ("12 vial"). */
  containers: ReadonlySet<string>;
  /** A pack's size right before a container count ("kemasan 10 vial"): not a count. */
  packBefore: RegExp;
}

/** The smallest unscaled count a delivery verb makes a figure of ("telah menerima 10 dosis"). */
const SMALL_DELIVERY = 10;

/**
 * Drops what is not a dose figure: regimen and vial counts ("2 liều", "two doses", "a vial of 10 doses": unscaled
 * and under 20), fractional
 * unscaled counts, years ("năm 2021"), prices, and gated units out of context ("3 mũi công phá").
 */
export function keepPlausible(c: DoseCandidate, ctx: FilterContext): boolean {
  if (c.value !== null) {
    const delivered =
      c.scale === 1 &&
      c.value >= SMALL_DELIVERY &&
      ((ctx.smallBefore?.test(ctx.sentence.slice(0, c.start)) ?? false) ||
        (ctx.containers.has(c.unit) && !ctx.packBefore.test(ctx.sentence.slice(0, c.start))));
    if (c.value < (c.scale === 1 ? 20 : 10) && !delivered) return false;
    if (c.scale === 1 && !Number.isInteger(c.value)) return false;
    if (c.valueMax !== null && (c.valueMax <= c.value || (c.scale === 1 && !Number.isInteger(c.valueMax)))) return false;
    const before = ctx.sentence.slice(Math.max(0, c.start - 16), c.start);
    // An unseparated 19xx/20xx is a year ("năm 2021 liều", "the 2021 doses report"): news writes 2,000 or 2.000.
    if (c.scale === 1 && !c.separated && c.value >= 1900 && c.value <= 2099) return false;
    if (ctx.currencyBefore.test(before)) return false;
    if (ctx.ratioAfter.test(ctx.sentence.slice(c.end, c.end + 32))) return false;
    if (ctx.ratioBefore.test(ctx.sentence.slice(Math.max(0, c.start - 40), c.start))) return false;
  }
  const gate = ctx.gates.get(c.unit);
  if (gate && !(gate.scaled && c.scale > 1)) {
    const before = ctx.sentence.slice(Math.max(0, c.start - 40), c.start);
    const ok =
      (gate.after?.test(c.unitTail) ?? false) ||
      (gate.before?.test(before) ?? false) ||
      (gate.sentence?.test(ctx.sentence) ?? false) ||
      (c.separated && (c.value ?? 0) >= 1000 && (gate.counted?.test(ctx.sentence) ?? false));
    if (!ok) return false;
  }
  return true;
}
