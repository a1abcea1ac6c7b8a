import { createDoseExtractor } from '../../common/doses/index.js';
import { lazyExtractor } from '../../common/lazy.js';
import { EN_DOSES } from './constants.js';

/**
 * English doses with the same regex parsers as vi/id, not compromise: its `numbers()` reads "5m" as 5,
 * "1.2bn" as 1.2, "600k" as 600, "16 to 17 million" as 16 and 17000000, and takes 19 from "COVID-19", at
 * about 10 ms a sentence (2 shared cores) against tens of µs here.
 */
export const enDoseExtractor = lazyExtractor('en', 'dose', () => createDoseExtractor('en', EN_DOSES));
