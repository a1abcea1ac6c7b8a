import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in title-days.cases.json: a relative day word inside a name or a work's title ("Nanti Kita Cerita
 * Tentang Hari Ini", "USA Today", a quoted title after "tên gọi"/"berjudul") is no date; the same words in running
 * text or opening speech are today.
 */
const CASES = casesFromJson(new URL('./title-days.cases.json', import.meta.url));

describe('dates: relative day words inside titles and names', () => {
  itGivesDates(CASES);
});
