import { dateExtractor } from '../../common/dates/date-extractor.js';
import { lazyExtractor } from '../../common/lazy.js';
import { idGrammar } from './parsers.js';

export const idDateExtractor = lazyExtractor('id', 'date', () => dateExtractor('id', idGrammar()));
