import { describe, expect, it } from 'vitest';
import { isDateLine } from '../../src/content/boilerplate-vocabulary.js';
import { cleanPage } from '../../src/content/clean-page.js';

/** Invented page: a short story whose time stamp names a central, mountain or Japanese time zone. */
const para = (n: number): string =>
  `<p>Paragraph ${n}: the county fair opens its gates on Friday with a tractor parade, a pie contest and a new stage for local bands, the organisers said on Tuesday.</p>`;
const page = (inner: string): string =>
  `<html><head><title>County fair opens Friday</title></head><body><article><h1>County fair opens Friday</h1>${inner}</article></body></html>`;
const URL = 'https://www.example.com/local/2015/08/county-fair-opens';

describe('time stamps in central, mountain and Japanese time', () => {
  it('drops a "CST" stamp line from the text', () => {
    const text = cleanPage(page(`<p>Updated: Monday, August 3, 2015 11:20 AM CST</p>${para(1)}${para(2)}${para(3)}`), URL).text;
    expect(text).toContain('Paragraph 1:');
    expect(text).not.toContain('11:20 AM CST');
  });

  it('reads MDT, CDT, MST and JST stamps as date lines', () => {
    expect(isDateLine('Posted: 9:41 pm MDT August 3, 2015')).toBe(true);
    expect(isDateLine('on August 3, 2015 at 6:49 pm CDT')).toBe(true);
    expect(isDateLine('07:15 MST, August 4, 2015')).toBe(true);
    expect(isDateLine('08:30 JST, August 5, 2015')).toBe(true);
  });

  it('keeps a sentence that names the zone', () => {
    expect(isDateLine('Gates open at 9 AM CST on Friday for fair visitors')).toBe(false);
  });
});
