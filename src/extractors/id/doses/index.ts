import { createDoseExtractor } from '../../common/doses/index.js';
import { ID_DOSES } from './constants.js';

export const idDoseExtractor = createDoseExtractor('id', ID_DOSES);
