import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in nanti-later-today.cases.json: Indonesian "nanti" after a day word points ahead: "sore nanti",
 * "nanti malam" are later today, "Senin nanti" the coming Monday; "pagi nanti" and "nanti dini hari" give nothing.
 */
const CASES = casesFromJson(new URL('./nanti-later-today.cases.json', import.meta.url));

describe('dates: "nanti" after a part of day or a weekday (id)', () => {
  itGivesDates(CASES);
});
