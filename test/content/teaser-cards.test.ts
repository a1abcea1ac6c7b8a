import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';
import type { RawBlock } from '../../src/content/generic/collect-blocks.js';
import { isTeaserCardBox } from '../../src/content/generic/teaser-cards.js';

/** Invented pages: a story followed by a rail of other stories' cards (linked headline over a short summary). */
const para = (n: number): string =>
  `<p>Paragraph ${n} of the story: the harbour authority said on Monday that the old ferry pier will be rebuilt by the spring, after divers found the wooden piles rotten and the town council agreed to share the cost.</p>`;
const page = (inner: string): string =>
  `<html><head><title>Ferry pier to be rebuilt</title></head><body><div id="content">${inner}</div></body></html>`;
const URL = 'https://www.example.com/news/2022/04/02/ferry-pier';
const story = `<h1>Ferry pier to be rebuilt</h1>${para(1)}${para(2)}${para(3)}${para(4)}`;
const card = (n: number, kicker = ''): string =>
  `<div class="c${n}">${kicker}<h3><a href="/news/${n}">Other story number ${n} about the valley</a></h3>` +
  `<p>Summary ${n}: a short line on what happened in that other story this week.</p></div>`;

describe('a rail of summarised cards after the story', () => {
  it('drops cards nested at uneven depths (one, then two in a wrapper)', () => {
    const rail = `<div class="more"><h2><a href="/explains">More from the desk</a></h2><div>${card(1)}<div>${card(2)}${card(3)}</div></div></div>`;
    const text = cleanPage(page(`${story}${rail}`), URL).text;
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('Summary 2:');
    expect(text).not.toContain('Summary 3:');
  });

  it('drops cards that open with a short kicker link and carry an author link', () => {
    const kicker = '<a href="/category/startups">Startups</a>';
    const withAuthor = (n: number): string =>
      card(n, kicker).replace('</h3>', `</h3><div><a href="/author/${n}">Reporter Name Number ${n}</a></div><div>3 hours ago</div>`);
    const rail = `<div class="picks">${[1, 2, 3, 4].map(withAuthor).join('')}</div>`;
    const text = cleanPage(page(`${story}${rail}`), URL).text;
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('Summary 1:');
    expect(text).not.toContain('Summary 4:');
  });

  it('keeps sections whose linked headings head real paragraphs (more than a summary)', () => {
    const long = 'The crossing takes forty minutes and the boat carries two hundred people and thirty cars each way. ';
    const section = (n: number): string => `<div><h3><a href="/guide/${n}">Ferry route number ${n} explained</a></h3><p>Route ${n}. ${long.repeat(5)}</p></div>`;
    const text = cleanPage(page(`${story}<div class="guide">${[1, 2, 3].map(section).join('')}</div>`), URL).text;
    for (const n of [1, 2, 3]) expect(text).toContain(`Route ${n}. The crossing takes forty minutes`);
  });
});

describe('isTeaserCardBox', () => {
  const block = (text: string, linked: boolean): RawBlock =>
    ({ text, len: text.length, linkLen: linked ? text.length : 0, timeLen: 0, kind: 'p', caption: false }) as unknown as RawBlock;
  const head = (n: number) => block(`Linked headline number ${n}`, true);
  const summary = (n: number) => block(`Summary ${n} of the other story, short.`, false);

  it('needs three summarised cards', () => {
    const two = [head(1), summary(1), head(2), summary(2)];
    expect(isTeaserCardBox(two, 0, two.length - 1)).toBe(false);
    const three = [...two, head(3), summary(3)];
    expect(isTeaserCardBox(three, 0, three.length - 1)).toBe(true);
  });

  it('does not count bare headlines, and refuses a long opening before the first card', () => {
    const bare = [head(1), head(2), head(3), head(4), summary(4)];
    expect(isTeaserCardBox(bare, 0, bare.length - 1)).toBe(false);
    const opened = [block('x'.repeat(200), false), head(1), summary(1), head(2), summary(2), head(3), summary(3)];
    expect(isTeaserCardBox(opened, 0, opened.length - 1)).toBe(false);
  });
});
