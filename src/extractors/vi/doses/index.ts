import { createDoseExtractor } from '../../common/doses/index.js';
import { VI_DOSES } from './constants.js';

export const viDoseExtractor = createDoseExtractor('vi', VI_DOSES);
