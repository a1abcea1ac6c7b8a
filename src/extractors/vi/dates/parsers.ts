import { alt, L, R, rxLower } from '../../common/dates/pattern.js';
import type { DateGrammar } from '../../common/dates/types.js';
import {
  COORD_WORDS,
  DAY_TIME_WORDS,
  FUTURE_CUES,
  HABITUAL_AFTER,
  HABITUAL_BEFORE,
  PAST_CUES,
  RANGE_START,
  RANGE_WORDS,
  REPORTING_VERBS,
} from './constants.js';
import { VI_DAY_PARSERS } from './day-parsers.js';
import { VI } from './pieces.js';
import { VI_RELATIVE_PARSERS } from './relative-parsers.js';

export const VI_GRAMMAR: DateGrammar = {
  parsers: [...VI_DAY_PARSERS, VI.isoDay, ...VI_RELATIVE_PARSERS],
  rangeBetween: new RegExp(`^\\s*(?:${alt(RANGE_WORDS)})\\s*$`, 'iu'),
  coordBetween: new RegExp(`^\\s*(?:${alt(COORD_WORDS)})\\s*$`, 'iu'),
  rangeBefore: new RegExp(`${L}(?:${alt(RANGE_START)})\\s+$`, 'iu'),
  pastCues: rxLower(`${L}(?:${alt(PAST_CUES)})${R}`),
  futureCues: rxLower(`${L}(?:${alt(FUTURE_CUES)})${R}`),
  reportingVerbs: rxLower(`${L}(?:${alt(REPORTING_VERBS)})${R}`),
  habitualBefore: new RegExp(`${L}(?:${alt(HABITUAL_BEFORE)})\\s+$`, 'iu'),
  habitualAfter: new RegExp(`^\\s*(?:${alt(HABITUAL_AFTER)})${R}`, 'iu'),
  dayTimeBetween: new RegExp(`^\\s*,?\\s*(?:(?:${alt(DAY_TIME_WORDS)})\\s+)?$`, 'iu'),
};
