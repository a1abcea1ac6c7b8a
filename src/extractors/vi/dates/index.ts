import { dateExtractor } from '../../common/dates/date-extractor.js';
import { VI_GRAMMAR } from './parsers.js';

export const viDateExtractor = dateExtractor('vi', VI_GRAMMAR);
