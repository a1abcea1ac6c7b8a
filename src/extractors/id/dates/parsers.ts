import { dateGrammar } from '../../common/dates/grammar.js';
import type { DateGrammar } from '../../common/dates/types.js';
import * as WORDS from './constants.js';
import { ID_DAY_PARSERS } from './day-parsers.js';
import { ID } from './pieces.js';
import { ID_RELATIVE_PARSERS } from './relative-parsers.js';

export const ID_GRAMMAR: DateGrammar = dateGrammar([...ID_DAY_PARSERS, ID.isoDay, ...ID_RELATIVE_PARSERS], WORDS);
