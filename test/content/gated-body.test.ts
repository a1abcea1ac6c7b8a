import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/**
 * Invented pages: a local paper whose CMS wraps each paragraph of a metered story in its own "subscriber-preview"
 * or "subscriber-only" div (the shape of msv-chaos's TownNews pages), beside real sign-up boxes that must stay out.
 */
const URL = 'https://www.example-courier.com/news/local/bridge-repairs/article_1234.html';
const paragraphs = [
  'RIVERTON — Repairs to the Mill Street bridge will begin next month, the county engineer said Monday.',
  'The bridge, built in 1958, was closed to trucks last spring after an inspection found cracks in two of its beams.',
  'Crews will replace the deck first and then the railings, and the work should be finished before the first snow.',
  'Drivers will be sent along Oak Avenue while the bridge is closed, which adds about four minutes to the trip downtown.',
  'The county will pay for most of the work with a state grant it won in January, the engineer told the board.',
];
const wrapped = paragraphs.map((p, i) => `<div class="${i < 2 ? 'subscriber-preview' : 'subscriber-only'}"><p>${p}</p></div>`).join('');
const signUp =
  '<div class="subscriber-only"><h3>Get local news in your inbox</h3>' +
  '<form action="/signup"><input type="email" name="email"><button>Sign up</button></form></div>';
const subscribeBox =
  '<div class="subscribe-box"><p>Subscribe today for unlimited access to every story from our newsroom.</p></div>';
const page = (body: string): string =>
  '<html><head><title>Bridge repairs to begin next month</title></head><body><h1>Bridge repairs to begin next month</h1>' +
  `<div class="asset-body"><div class="article-text">${body}</div></div></body></html>`;

describe('a paywalled body wrapped in subscriber-only divs', () => {
  it('keeps every paragraph of a story wrapped paragraph by paragraph', () => {
    const text = cleanPage(page(wrapped + signUp), URL).text;
    for (const p of paragraphs) expect(text).toContain(p);
  });

  it('still drops the sign-up form box among the wrappers', () => {
    const text = cleanPage(page(wrapped + signUp), URL).text;
    expect(text).not.toContain('Get local news in your inbox');
  });

  it('still drops a short subscribe box after the story', () => {
    const text = cleanPage(page(paragraphs.map((p) => `<p>${p}</p>`).join('') + subscribeBox), URL).text;
    expect(text).toContain(paragraphs[4]);
    expect(text).not.toContain('Subscribe today for unlimited access');
  });
});
