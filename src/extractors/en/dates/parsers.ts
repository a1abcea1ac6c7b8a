import { dateGrammar } from '../../common/dates/grammar.js';
import { alt, L, R, rxLower } from '../../common/dates/pattern.js';
import type { DateGrammar } from '../../common/dates/types.js';
import * as WORDS from './constants.js';
import { NOT_PAST_ED, PAST_CUES } from './constants.js';
import { EN_DAY_PARSERS } from './day-parsers.js';
import { EN_RELATIVE_PARSERS } from './relative-parsers.js';

export const EN_GRAMMAR: DateGrammar = dateGrammar([...EN_DAY_PARSERS, ...EN_RELATIVE_PARSERS], WORDS, {
  // An "-ed" word is a past cue unless it is a participle after "be" ("would not be considered until January").
  pastCues: rxLower(
    `${L}(?:${alt(PAST_CUES)}|(?<!${L}(?:be|been|being)\\s+)(?!(?:${alt(NOT_PAST_ED)})${R})\\p{L}{2,}` +
      `ed)${R}`,
  ),
});
