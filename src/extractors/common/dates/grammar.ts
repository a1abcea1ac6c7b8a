import { alt, L, R, rxLower, wordsBefore } from './pattern.js';
import type { DateGrammar, DateParser } from './types.js';

/** A language's date-grammar word lists, as its `dates/constants.ts` exports them. */
interface GrammarWords {
  RANGE_WORDS: readonly string[];
  COORD_WORDS: readonly string[];
  RANGE_START: readonly string[];
  PAIRED_RANGE_START?: readonly string[];
  PAST_CUES: readonly string[];
  FUTURE_CUES: readonly string[];
  REPORTING_VERBS: readonly string[];
  HABITUAL_BEFORE: readonly string[];
  /** Words that name a date again: "atau", "tức là", "or". */
  APPOSITION_WORDS?: readonly string[];
}

/** A language's date grammar: its parsers, and the cue patterns built the same way from its word lists. */
export function dateGrammar(
  parsers: readonly DateParser[],
  w: GrammarWords,
  own: Partial<Omit<DateGrammar, 'parsers'>> = {},
): DateGrammar {
  return {
    parsers,
    rangeBetween: new RegExp(`^\\s*(?:${alt(w.RANGE_WORDS)})\\s*$`, 'iu'),
    coordBetween: new RegExp(`^\\s*(?:${alt(w.COORD_WORDS)})\\s*$`, 'iu'),
    rangeBefore: wordsBefore(w.RANGE_START),
    ...(w.PAIRED_RANGE_START && { pairedRange: wordsBefore(w.PAIRED_RANGE_START) }),
    pastCues: rxLower(`${L}(?:${alt(w.PAST_CUES)})${R}`),
    futureCues: rxLower(`${L}(?:${alt(w.FUTURE_CUES)})${R}`),
    reportingVerbs: rxLower(`${L}(?:${alt(w.REPORTING_VERBS)})${R}`),
    habitualBefore: wordsBefore(w.HABITUAL_BEFORE),
    ...(w.APPOSITION_WORDS && { appositionBetween: new RegExp(`^\\s*,?\\s*(?:${alt(w.APPOSITION_WORDS)})\\s*,?\\s*$`, 'iu') }),
    ...own,
  };
}
