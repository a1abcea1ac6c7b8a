import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/** Invented page: a short news story closed by a call to action of the site (join a page, sign up, give). */
const para = (n: number): string =>
  `<p>Paragraph ${n}: the library on Mill Street reopens on Saturday after a year of repairs to its roof, and the reading room now stays open until nine in the evening on weekdays.</p>`;
const page = (inner: string): string =>
  `<html><head><title>Mill Street library reopens</title></head><body><article><h1>Mill Street library reopens</h1>${inner}</article></body></html>`;
const URL = 'https://www.example.com/local/2019/09/library-reopens';

describe('calls to action closing an English story', () => {
  it('drops "Join <site> on Facebook …"', () => {
    const text = cleanPage(page(`${para(1)}${para(2)}${para(3)}<p>Join Town Notes on Facebook and follow our updates.</p>`), URL).text;
    expect(text).toContain('Paragraph 3:');
    expect(text).not.toContain('Join Town Notes on Facebook');
  });

  it('drops a sign-up line for newsletters', () => {
    const text = cleanPage(page(`${para(1)}${para(2)}${para(3)}<p>Get our morning and evening newsletters for the latest local stories.</p>`), URL).text;
    expect(text).not.toContain('evening newsletters');
  });

  it('drops "consider making a tax-deductible contribution"', () => {
    const text = cleanPage(page(`${para(1)}${para(2)}${para(3)}<p>Like Town Notes? Consider making a tax-deductible contribution to keep it going.</p>`), URL).text;
    expect(text).not.toContain('tax-deductible contribution');
  });

  it('keeps a sentence of the story about joining a club', () => {
    const line = '<p>Readers can join the library book club on Tuesdays, when the first meeting will discuss a novel set in the town.</p>';
    const text = cleanPage(page(`${para(1)}${line}${para(2)}${para(3)}`), URL).text;
    expect(text).toContain('Readers can join the library book club on Tuesdays');
  });
});
