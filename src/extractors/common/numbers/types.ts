/** How one number word combines with what came before it ("hai mươi lăm" = 2, ×10, +5). */
export type NumberWord =
  | { kind: 'add'; value: number }
  /** mươi, puluh, trăm, ratus, hundred: multiplies the pending number (1 when none). */
  | { kind: 'times'; value: number }
  /** rưỡi: half of the magnitude just named ("triệu rưỡi" = 1.5 million, "trăm rưỡi" = 150). */
  | { kind: 'half-after' };

/** A language's way of writing numbers, as data. */
export interface NumberVocab {
  /** The decimal separator: "," in vi/id ("16,6"), "." in en ("16.6"). */
  decimal: ',' | '.';
  /** Lower-case number words. */
  words: Readonly<Record<string, NumberWord>>;
  /** Lower-case scale words: "triệu" → 1e6. */
  scales: Readonly<Record<string, number>>;
  /** Scales that may be glued to digits ("30m", "2bn"). */
  gluedScales?: readonly string[];
}

export interface ParsedAmount {
  value: number;
  /** The largest scale written in the amount (1 when none): a range's lower bound borrows it. */
  scale: number;
  /** True when a digit group used a separator ("150.000", "16,6"): never a bare year. */
  separated: boolean;
}
