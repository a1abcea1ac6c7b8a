import { createDoseExtractor } from '../../common/doses/index.js';
import { ID_DOSES } from './constants.js';

export const idDoseExtractor = createDoseExtractor('id/dose', '1.0.0', ID_DOSES);
