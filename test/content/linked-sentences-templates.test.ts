import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/** Invented pages: short paragraphs of one sentence that link a name or two, inside and after a story. */
const para = (n: number): string =>
  `<p>Paragraph ${n} of the story: the company, which sells phones in twelve markets, told reporters on Monday that sales in the region had doubled in a year and that it would open two more offices before the end of the summer.</p>`;
const page = (inner: string): string =>
  `<html><head><title>Phone maker expands in South Asia</title></head><body><article><h1>Phone maker expands in South Asia</h1>${inner}</article></body></html>`;
const URL = 'https://www.example.com/tech/2017/05/04/phone-maker-expands';

describe('short paragraphs with a link in them', () => {
  it('keeps a short sentence between paragraphs whose links are a name or two', () => {
    const short = '<p>Last month, <a href="/xiaomi">Xiaomi</a> launched its phones in <a href="/pk">Pakistan</a>.</p>';
    const text = cleanPage(page(`${para(1)}${para(2)}${short}${para(3)}`), URL).text;
    expect(text).toContain('Last month, Xiaomi launched its phones in Pakistan.');
  });

  it('still drops a short line that is mostly link, or no sentence', () => {
    const linky = '<p>Read: <a href="/a">How the phone maker won over a whole new market</a>.</p>';
    const label = '<p>More on <a href="/b">phones</a> and <a href="/c">markets</a></p>';
    const text = cleanPage(page(`${para(1)}${para(2)}${linky}${label}${para(3)}`), URL).text;
    expect(text).not.toContain('How the phone maker won over');
    expect(text).not.toContain('More on phones');
  });

  it('drops a short linked sentence after the story’s last paragraph (a pointer elsewhere)', () => {
    const after = '<p>Our coverage of <a href="/t/phones">smartphones</a> and <a href="/t/asia">South-East Asia</a> is in the archive.</p>';
    const text = cleanPage(page(`${para(1)}${para(2)}${para(3)}${after}`), URL).text;
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('Our coverage of smartphones');
  });
});

describe('unrendered template placeholders', () => {
  it('drops a pager line a client-side template never filled in, keeps code that shows such syntax', () => {
    const pager = '<p>Page {{article.article.page + 1}} / {{article.article.pages.length}} Continue</p>';
    const code = '<pre>Hello, {{user.name}}! Your order ships today.</pre>';
    const text = cleanPage(page(`${para(1)}${para(2)}${pager}${code}${para(3)}`), URL).text;
    expect(text).not.toContain('{{article.article.page');
    expect(text).toContain('Hello, {{user.name}}!');
  });
});

describe('calls for readers’ letters', () => {
  it('drops "Submit your letter … via this form" between letters, keeps a sentence about submitting a letter', () => {
    const call = '<p>Submit your letter to the editor via <a href="/letters/form">this form</a>.</p>';
    const prose = '<p>The mayor said on Monday that he would submit a letter of resignation to the council before the summer.</p>';
    const text = cleanPage(page(`${para(1)}${call}${para(2)}${prose}${para(3)}`), URL).text;
    expect(text).not.toContain('Submit your letter to the editor');
    expect(text).toContain('he would submit a letter of resignation');
  });
});
