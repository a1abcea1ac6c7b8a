import { viDateExtractor } from '../../../src/extractors/vi/dates/index.js';
import { phraseTable } from './phrase-table.js';
import { VI_PHRASES } from './vi-cases.js';

phraseTable('vi', viDateExtractor, VI_PHRASES);
