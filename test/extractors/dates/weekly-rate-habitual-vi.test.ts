import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in weekly-rate-habitual-vi.cases.json: a rate per week earlier in the sentence ("1 ngày/tuần",
 * "3 buổi/tuần", "2 lần/tuần") makes a later bare weekday habitual, as "mỗi tuần" does.
 */
const CASES = casesFromJson(new URL('./weekly-rate-habitual-vi.cases.json', import.meta.url));

describe('dates: a weekly rate makes a bare weekday habitual (vi)', () => {
  itGivesDates(CASES);
});
