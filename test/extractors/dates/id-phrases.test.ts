import { idDateExtractor } from '../../../src/extractors/id/dates/index.js';
import { ID_PHRASES } from './id-cases.js';
import { phraseTable } from './phrase-table.js';

phraseTable('id', idDateExtractor, ID_PHRASES);
