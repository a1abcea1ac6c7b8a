import { describe, expect, it } from 'vitest';
import { CALL_TO_ACTION_PATTERN, NOTICE_PATTERN } from '../../src/content/boilerplate-vocabulary.js';
import { cleanPage } from '../../src/content/clean-page.js';

/** Invented pages in the shapes of 2016–2024 magazine and newspaper layouts (pull quotes, utility classes). */
const para = (n: number): string =>
  `<p>Paragraph ${n} of the report: the start-up, which employs 160 people in two offices, told investors that it would slow hiring, keep its short lease and spend nothing more on marketing this year, its chief executive said on Tuesday.</p>`;
const QUOTED =
  '“We’re not increasing spending by a dime on marketing,” Woodward said. “We’re not chasing Uber-sized top-line growth — that’s expensive and risky. Just because we have money in the bank doesn’t mean we’re going to spend it.”';

function page(inner: string): string {
  return `<html><head><title>Start-ups discover frugality</title></head><body><article><h1>Start-ups discover frugality</h1>${inner}</article></body></html>`;
}
const URL = 'https://www.example.com/business/2016/04/29/startups-frugality';
const count = (text: string, part: string): number => text.split(part).length - 1;

describe('pull quotes', () => {
  it('a block quote with "--" for the paragraph\'s "—" goes, with the credit line under it', () => {
    const quote = `<div class="quote"><blockquote><p>We’re not chasing Uber-sized top-line growth -- that’s expensive and risky. Just because we have money in the bank doesn’t mean we’re going to spend it.</p></blockquote><p class="quote-attribution">— Mark Woodward, chief executive of Invoca</p></div>`;
    const text = cleanPage(page(`${para(1)}${para(2)}${quote}${para(3)}<p>${QUOTED}</p>${para(4)}`), URL).text;
    expect(text).toContain('We’re not increasing spending by a dime');
    expect(count(text, 'not chasing Uber-sized')).toBe(1);
    expect(text).not.toContain('— Mark Woodward, chief executive');
  });

  it('a quote heading over the paragraph that says it stays (benchmarks keep it)', () => {
    const said = '“This ad was the least relatable piece of communication I’ve ever seen”';
    const text = cleanPage(page(`${para(1)}${para(2)}<h2>${said}</h2><p>${said}, a creative director said. ${para(3).slice(3, -4)}</p>${para(4)}`), URL).text;
    expect(count(text, 'least relatable piece')).toBe(2);
  });

  it('leaves sub-headings, dashed lines and short repeated lines alone', () => {
    const inner = `${para(1)}<h2>Why the pipeline is not the problem at all</h2>${para(2)}<p>— and then the fund closed.</p><p>It did.</p>${para(3)}<p>It did.</p>${para(4)}`;
    const text = cleanPage(page(inner), URL).text;
    expect(text).toContain('Why the pipeline is not the problem at all');
    expect(text).toContain('— and then the fund closed.');
    expect(count(text, 'It did.')).toBe(2);
  });
});

describe('typographic utility classes', () => {
  const mostRead = `<div class="component-most-read"><header><div class="font-impact text-3xl font-extrabold uppercase">Most Read</div></header><ol>${[1, 2, 3, 4, 5]
    .map((n) => `<li><div><span>${n}.</span> <span>Other story number ${n} about a stealthy malware that infected servers</span></div><a href="/s/${n}" aria-label="Read"></a></li>`)
    .join('')}</ol></div>`;

  it('a "Most Read" heading styled font-extrabold still takes its list along', () => {
    const text = cleanPage(page(`${para(1)}${para(2)}${para(3)}${mostRead}`), URL).text;
    expect(text).toContain('Paragraph 3 of the report');
    expect(text).not.toContain('Other story number');
  });

  it('a paragraph styled font-extrabold is text, not an "extra" box', () => {
    const bold = `<p class="font-extrabold">The bold paragraph says the round closed after seven months, twice as long as any of the company’s earlier rounds.</p>`;
    const text = cleanPage(page(`${para(1)}${bold}${para(2)}${para(3)}`), URL).text;
    expect(text).toContain('The bold paragraph says the round closed');
  });
});

describe('a box around a form inside the article', () => {
  const pitch = `<div class="LeadForm_container"><h3>Client acquisition, simplified</h3><ul><li>Ideal for firms looking to scale.</li><li>Validated referrals to help build your pipeline efficiently.</li></ul><p>We have seen a remarkable return on investment and comparatively low acquisition costs even as we multiplied our spend over the years.</p><form action="/demo"><input name="name"><input type="email" name="email"><button>Get a demo</button></form></div>`;

  it('is the form\'s pitch, not the article', () => {
    const text = cleanPage(page(`${para(1)}${para(2)}${para(3)}${pitch}${para(4)}${para(5)}${para(6)}`), URL).text;
    expect(text).toContain('Paragraph 6 of the report');
    expect(text).not.toContain('remarkable return on investment');
    expect(text).not.toContain('Client acquisition, simplified');
  });

  it('a form beside a short article leaves the article alone', () => {
    const text = cleanPage(page(`<div>${para(1)}${para(2)}<form><input name="q"><button>Search</button></form></div>`), URL).text;
    expect(text).toContain('Paragraph 2 of the report');
  });
});

describe('site notices and calls to action', () => {
  it('are matched', () => {
    expect(NOTICE_PATTERN.test('This article is more than 7 years old.')).toBe(true);
    expect(NOTICE_PATTERN.test('Listen to this article in summarized format')).toBe(true);
    expect(NOTICE_PATTERN.test('For more about hiring trends, watch this Example video:')).toBe(true);
    expect(NOTICE_PATTERN.test('If you buy something through our links, we may earn commission.')).toBe(true);
    expect(CALL_TO_ACTION_PATTERN.test('Share your feedback to help improve our site!')).toBe(true);
  });

  it('leave prose alone', () => {
    expect(NOTICE_PATTERN.test('The bridge is more than 70 years old, engineers said.')).toBe(false);
    expect(NOTICE_PATTERN.test('Officers asked witnesses to watch the video and come forward.')).toBe(false);
    expect(NOTICE_PATTERN.test('Disclaimer: if you see different patch sizes, that is because we do not use it yet.')).toBe(false);
    expect(NOTICE_PATTERN.test('Brokers earn commissions on each sale, the regulator said.')).toBe(false);
  });
});
