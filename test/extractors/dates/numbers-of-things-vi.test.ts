import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in numbers-of-things-vi.cases.json: Vietnamese numbers that count or name something else and
 * were read as days. A "d-m" range before a counted sitting, batch or trip ("từ 2-3 kíp thi", "3-4 đợt", "4-5
 * chuyến") is a count; a number right after a document word ("Chỉ thị 16 đến 22-4") is the document's, and only the
 * dashed end is a day.
 */
const CASES = casesFromJson(new URL('./numbers-of-things-vi.cases.json', import.meta.url));

describe('dates: Vietnamese counts and document numbers before a range are not days', () => {
  itGivesDates(CASES);
});
