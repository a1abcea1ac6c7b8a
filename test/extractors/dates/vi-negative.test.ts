import { viDateExtractor } from '../../../src/extractors/vi/dates/index.js';
import { negativeTable } from './phrase-table.js';
import { VI_NEGATIVES } from './vi-cases.js';

negativeTable('vi', viDateExtractor, VI_NEGATIVES);
