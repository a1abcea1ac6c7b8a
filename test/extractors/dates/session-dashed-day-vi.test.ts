import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in session-dashed-day-vi.cases.json: a session noun ("phiên", "phiên giao dịch", "phiên tòa")
 * anchors a yearless dashed day after it, as "hôm" or "từ" does; a bare dashed pair stays a score.
 */
const CASES = casesFromJson(new URL('./session-dashed-day-vi.cases.json', import.meta.url));

describe('dates: a dashed day after a session noun (vi)', () => {
  itGivesDates(CASES);
});
