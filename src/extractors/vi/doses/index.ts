import { createDoseExtractor } from '../../common/doses/index.js';
import { lazyExtractor } from '../../common/lazy.js';
import { VI_DOSES } from './constants.js';

export const viDoseExtractor = lazyExtractor('vi', 'dose', () => createDoseExtractor('vi', VI_DOSES));
