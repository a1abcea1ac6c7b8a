import { alt, L, R, rxLower } from '../../common/dates/pattern.js';
import type { DateGrammar } from '../../common/dates/types.js';
import {
  COORD_WORDS,
  FUTURE_CUE_NOT_AFTER,
  FUTURE_CUES,
  HABITUAL_BEFORE,
  NOT_PAST_ED,
  PAIRED_RANGE_START,
  PAST_CUES,
  RANGE_START,
  RANGE_WORDS,
  REPORTING_VERBS,
} from './constants.js';
import { EN_DAY_PARSERS } from './day-parsers.js';
import { EN_RELATIVE_PARSERS } from './relative-parsers.js';

export const EN_GRAMMAR: DateGrammar = {
  parsers: [...EN_DAY_PARSERS, ...EN_RELATIVE_PARSERS],
  rangeBetween: new RegExp(`^\\s*(?:${alt(RANGE_WORDS)})\\s*$`, 'iu'),
  coordBetween: new RegExp(`^\\s*(?:${alt(COORD_WORDS)})\\s*$`, 'iu'),
  rangeBefore: new RegExp(`${L}(?:${alt(RANGE_START)})\\s+$`, 'iu'),
  pairedRange: new RegExp(`${L}(?:${alt(PAIRED_RANGE_START)})\\s+$`, 'iu'),
  // A past form is a past cue unless it is a participle after "be" ("would not be considered until January",
  // "will be held from Sept. 8").
  pastCues: rxLower(
    `(?<!${L}(?:be|been|being)\\s+)${L}(?:${alt(PAST_CUES)}|(?!(?:${alt(NOT_PAST_ED)})${R})\\p{L}{2,}` + `ed)${R}`,
  ),
  futureCues: rxLower(`(?<!${L}(?:${alt(FUTURE_CUE_NOT_AFTER)})\\s+)${L}(?:${alt(FUTURE_CUES)})${R}`),
  reportingVerbs: rxLower(`${L}(?:${alt(REPORTING_VERBS)})${R}`),
  habitualBefore: new RegExp(`${L}(?:${alt(HABITUAL_BEFORE)})\\s+$`, 'iu'),
};
