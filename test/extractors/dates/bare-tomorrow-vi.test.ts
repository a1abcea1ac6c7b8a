import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in bare-tomorrow-vi.cases.json: a lower-case "mai" alone after a preposition of time or a
 * match ("Từ mai", "đến mai", "trận mai") is tomorrow; a capital "Mai" or a compound ("mai sau", "mai vàng") is not.
 */
const CASES = casesFromJson(new URL('./bare-tomorrow-vi.cases.json', import.meta.url));

describe('dates: a bare Vietnamese "mai" after a preposition or a match is tomorrow', () => {
  itGivesDates(CASES);
});
