import { describe } from 'vitest';
import { casesFromJson, itGivesDates } from './support.js';

/**
 * Invented sentences in near-days-tense.cases.json: a yearless day within a month of the publication day takes the
 * nearest year whatever the sentence's tense; the tense cue is often another clause's verb ("đã nhất trí khai mạc …
 * vào ngày 16-10", "vừa có văn bản … dịp nghỉ lễ 30/4"). A direction the phrase writes ("lalu", "tới") still holds.
 */
const CASES = casesFromJson(new URL('./near-days-tense.cases.json', import.meta.url));

describe('dates: a day within a month of publication takes the nearest year', () => {
  itGivesDates(CASES);
});
