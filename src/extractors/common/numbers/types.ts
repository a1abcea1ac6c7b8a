import type { DigitGrouping } from './digits.js';

/**
 * How one number word combines with the words before it, read left to right within the part below the
 * next scale word ("hai trăm năm mươi" = 2, ×100, +5, ×10 of the 5):
 * - unit: adds its value (một 1, mười 10, eleven 11, twenty 20);
 * - teen: turns the unit just said into a teen (belas: "dua belas" 12);
 * - tens: multiplies the unit just said by ten (mươi, puluh, chục; 10 when none was said);
 * - hundred: multiplies the part said so far (trăm, ratus, hundred; "dozen" is ×12; 1 when none was said);
 * - zero: a filler (linh, lẻ, "không trăm", "hundred and");
 * - fraction: a fraction of the next scale (nửa, setengah, half 0.5; seperempat 0.25), or added to the unit
 *   just said ("satu setengah juta" 1.5 million);
 * - half-after: half of the hundred or scale just said (rưỡi: "triệu rưỡi" 1.5 million, "trăm rưỡi" 150);
 * - article: one, only before a multiplier or scale ("a million", "a dozen").
 */
export type NumberWord =
  | { kind: 'unit'; value: number }
  | { kind: 'teen' }
  | { kind: 'tens' }
  | { kind: 'hundred'; value: number }
  | { kind: 'zero' }
  | { kind: 'fraction'; value: number }
  | { kind: 'half-after' }
  | { kind: 'article' };

/** A language's way of writing numbers, as data (src/extractors/<lang>/numbers). */
export interface NumberVocab {
  /** The decimal separator: "," in vi/id ("16,6"), "." in en ("16.6"). */
  decimal: ',' | '.';
  /** Lower-case number words; a space matches any run of whitespace. */
  words: Readonly<Record<string, NumberWord>>;
  /** Words that stand for a sequence of others: "seribu" → "satu ribu", "sebelas" → "satu belas". */
  contractions?: Readonly<Record<string, string>>;
  /** Lower-case scale words: "triệu" → 1e6. */
  scales: Readonly<Record<string, number>>;
  /** Scales that may be glued to digits ("30m", "2bn"). */
  gluedScales?: readonly string[];
  /** Whether a comma may join a scale to the words after it ("two thousand, eight hundred"). */
  commaAfterScale?: boolean;
  /** Digit groupings the language's press also uses: "space" ("191 880"), "lakh" ("6,25,950"). */
  groupings?: readonly DigitGrouping[];
}

export interface ParsedAmount {
  value: number;
  /** The largest scale written in the amount (1 when none): a range's lower bound borrows it. */
  scale: number;
  /** True when a digit group used a separator ("150.000", "16,6"): never a bare year. */
  separated: boolean;
}
