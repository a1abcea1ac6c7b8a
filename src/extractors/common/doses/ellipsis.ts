import { z } from 'zod';
import { NewsfactsError, zodReason } from '../../../core/index.js';

const Words = z.array(z.string().min(1)).readonly();

/**
 * Figures whose unit was said earlier in the sentence: "16 to 17 million more" (after a dose unit), totals
 * ("the total number of doses … to 6 million."), whose lead-in `totalBefore` (RegExp source) must match, and
 * parts ("36 million doses, of which 22 million have been administered"). Each language keeps its words in
 * `<lang>/doses/ellipsis.json`.
 */
export const EllipsisVocab = z
  .object({
    more: Words,
    totalBefore: z.string().min(1),
    /** "of which", "trong đó (có)", "di antaranya": a part of a figure said before ("có" there: "including"). */
    leads: Words,
    /** Words that may follow a unit-less figure (a verb, a preposition), where a noun would make it another thing. */
    follow: Words,
    /** Quantity words before a figure whose unit the subject implies ("AstraZeneca sebanyak 8.228.000"). */
    quantity: Words.optional(),
    /** Demonstratives after a figure said before: "Dari 190 juta ini". */
    demonstratives: Words.optional(),
    /** A part of a figure said before, named after the part: "348 juta di mana 250 juta di antaranya …". */
    partAfter: Words.optional(),
    /** The same as a suffix glued by a hyphen: "sebanyak 4 juta, 1,7 juta-nya …". */
    partSuffix: Words.optional(),
    /** Rates after a figure in a sentence about doses: "1 juta hingga 2,5 juta sehari". */
    rate: Words.optional(),
    /** Additive leads before a figure without a unit: "… and another 30,000 is expected" (the doses said before). */
    additive: Words.optional(),
    /** Nouns for people: a unit-less quantity whose subject names them counts people ("số người … là 249.532"). */
    people: Words.optional(),
  })
  .strict();
export type EllipsisVocab = z.infer<typeof EllipsisVocab>;

/** Validates one language's ellipsis words; a bad file is named with the field that is wrong. */
export function parseEllipsis(json: unknown, source: string): EllipsisVocab {
  const parsed = EllipsisVocab.safeParse(json);
  if (parsed.success) return parsed.data;
  const why = zodReason(parsed.error, '(ellipsis)');
  throw new NewsfactsError('dose-vocab', source, `not a valid ellipsis vocabulary: ${why}`, { retryable: false });
}
