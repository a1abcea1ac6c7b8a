import { createDoseExtractor } from '../../common/doses/index.js';
import { lazyExtractor } from '../../common/lazy.js';
import { ID_DOSES } from './constants.js';

export const idDoseExtractor = lazyExtractor('id', 'dose', () => createDoseExtractor('id', ID_DOSES));
