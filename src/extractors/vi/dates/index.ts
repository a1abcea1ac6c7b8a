import { dateExtractor } from '../../common/dates/date-extractor.js';
import { lazyExtractor } from '../../common/lazy.js';
import { viGrammar } from './parsers.js';

export const viDateExtractor = lazyExtractor('vi', 'date', () => dateExtractor('vi', viGrammar()));
