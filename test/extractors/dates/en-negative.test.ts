import { enDateExtractor } from '../../../src/extractors/en/dates/index.js';
import { EN_NEGATIVES } from './en-cases.js';
import { negativeTable } from './phrase-table.js';

negativeTable('en', enDateExtractor, EN_NEGATIVES);
