import { dateExtractor } from '../../common/dates/date-extractor.js';
import { lazyExtractor } from '../../common/lazy.js';
import { enGrammar } from './parsers.js';

export const enDateExtractor = lazyExtractor('en', 'date', () => dateExtractor('en', enGrammar()));
