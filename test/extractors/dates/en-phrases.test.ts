import { enDateExtractor } from '../../../src/extractors/en/dates/index.js';
import { EN_PHRASES } from './en-cases.js';
import { phraseTable } from './phrase-table.js';

phraseTable('en', enDateExtractor, EN_PHRASES);
