import { dateGrammar } from '../../common/dates/grammar.js';
import type { DateGrammar } from '../../common/dates/types.js';
import { alt, R } from '../../common/dates/pattern.js';
import * as WORDS from './constants.js';
import { DAY_TIME_WORDS, HABITUAL_AFTER } from './constants.js';
import { VI_DAY_PARSERS } from './day-parsers.js';
import { VI } from './pieces.js';
import { VI_RELATIVE_PARSERS } from './relative-parsers.js';

export const VI_GRAMMAR: DateGrammar = dateGrammar([...VI_DAY_PARSERS, VI.isoDay, ...VI_RELATIVE_PARSERS], WORDS, {
  habitualAfter: new RegExp(`^\\s*(?:${alt(HABITUAL_AFTER)})${R}`, 'iu'),
  dayTimeBetween: new RegExp(`^\\s*,?\\s*(?:(?:${alt(DAY_TIME_WORDS)})\\s+)?$`, 'iu'),
});
