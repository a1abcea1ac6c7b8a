import { idDateExtractor } from '../../../src/extractors/id/dates/index.js';
import { ID_NEGATIVES } from './id-cases.js';
import { negativeTable } from './phrase-table.js';

negativeTable('id', idDateExtractor, ID_NEGATIVES);
