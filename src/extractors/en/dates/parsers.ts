import { dateGrammar } from '../../common/dates/grammar.js';
import { alt, L, R, rxLower } from '../../common/dates/pattern.js';
import type { DateGrammar } from '../../common/dates/types.js';
import * as WORDS from './constants.js';
import { FUTURE_CUE_NOT_AFTER, FUTURE_CUES, NOT_PAST_ED, PAST_CUES } from './constants.js';
import { EN_DAY_PARSERS } from './day-parsers.js';
import { EN_RELATIVE_PARSERS } from './relative-parsers.js';

/** Built on first use (see lazyExtractor): the grammar compiles only for a page in this language. */
export const enGrammar = (): DateGrammar => dateGrammar([...EN_DAY_PARSERS, ...EN_RELATIVE_PARSERS], WORDS, {
  // A past form is a past cue unless it is a participle after "be" ("would not be considered until January",
  // "will be held from Sept. 8").
  pastCues: rxLower(
    `(?<!${L}(?:be|been|being)\\s+)${L}(?:${alt(PAST_CUES)}|(?!(?:${alt(NOT_PAST_ED)})${R})\\p{L}{2,}` + `ed)${R}`,
  ),
  futureCues: rxLower(`(?<!${L}(?:${alt(FUTURE_CUE_NOT_AFTER)})\\s+)${L}(?:${alt(FUTURE_CUES)})${R}`),
});
