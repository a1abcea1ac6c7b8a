import { dateExtractor } from '../../common/dates/date-extractor.js';
import { ID_GRAMMAR } from './parsers.js';

export const idDateExtractor = dateExtractor('id', ID_GRAMMAR);
