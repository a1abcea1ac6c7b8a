import { createDoseExtractor } from '../../common/doses/index.js';
import { EN_DOSES } from './constants.js';

export const enDoseExtractor = createDoseExtractor('en/dose', '1.0.0', EN_DOSES);
