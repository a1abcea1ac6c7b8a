import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in units-ago-id.cases.json: Indonesian "N units ago" with the number written as the prefix
 * "se-" ("sebulan lalu", "sepekan yang lalu") and after "sejak" ("sejak empat hari lalu": that day); "selama"
 * and hedges still give nothing.
 */
const CASES = casesFromJson(new URL('./units-ago-id.cases.json', import.meta.url));

describe('dates: Indonesian units ago with se- and after sejak', () => {
  itGivesDates(CASES);
});
