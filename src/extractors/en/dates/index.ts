import { dateExtractor } from '../../common/dates/date-extractor.js';
import { EN_GRAMMAR } from './parsers.js';

export const enDateExtractor = dateExtractor('en', EN_GRAMMAR);
