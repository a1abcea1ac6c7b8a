import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/**
 * Invented pages: the headline printed again inside the article's container, once as a share card's title
 * (the shape of epubpress-news dev's share box) and once as a heading further down the body (l3s-gn1 pages print
 * it again below a kicker or a dateline). The text opens with the headline already, so the repeat is not text.
 */
const URL = 'https://www.example.com/news/2024/03/12/harbour-bridge-repairs';
const HEADLINE = 'Harbour bridge to close for three weekends of repairs';
const paragraphs = [
  'The harbour bridge will close to cars on three weekends in April while crews replace worn expansion joints, the roads office said.',
  'Buses will run on a detour through the industrial estate, adding about ten minutes to the trip across the river for most riders.',
  'The joints were last replaced in 1998, and inspectors found cracks in two of them during the yearly survey last autumn.',
  'Cyclists and people on foot will still be able to cross on the east walkway, which stays open for the whole of the work.',
];
const page = (inside: string, at: number): string => {
  const body = paragraphs.map((p) => `<p>${p}</p>`);
  body.splice(at, 0, inside);
  return `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1><div class="story">${body.join('')}</div></body></html>`;
};
const count = (text: string, s: string): number => text.split(s).length - 1;

describe('a body block repeating the headline', () => {
  it('drops the headline repeated in a card inside the body', () => {
    const card = `<blockquote class="card"><h4>${HEADLINE}</h4></blockquote>`;
    const text = cleanPage(page(card, 2), URL).text;
    expect(count(text, HEADLINE)).toBe(1);
    expect(text.startsWith(HEADLINE)).toBe(true);
    expect(text).toContain('The joints were last replaced in 1998');
  });

  it('drops the headline printed again further down the body', () => {
    const text = cleanPage(page(`<h2>${HEADLINE}</h2>`, 3), URL).text;
    expect(count(text, HEADLINE)).toBe(1);
    expect(text).toContain('Buses will run on a detour through the industrial estate');
  });

  it('keeps a paragraph that only starts with the headline words', () => {
    const longer = `<p>${HEADLINE}, the council confirmed on Monday after a long meeting.</p>`;
    const text = cleanPage(page(longer, 1), URL).text;
    expect(text).toContain(`${HEADLINE}, the council confirmed on Monday`);
  });
});
