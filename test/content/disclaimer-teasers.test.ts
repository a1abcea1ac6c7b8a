import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/** Invented pages: a story with a site's disclaimer under it, or beside a box of other stories' headlines. */
const para = (n: number): string =>
  `<p>Paragraph ${n} of the story: the harbour authority said on Monday that the old ferry pier will be rebuilt by the spring, after divers found the wooden piles rotten and the town council agreed to share the cost.</p>`;
const page = (inner: string): string =>
  `<html><head><title>Ferry pier to be rebuilt</title></head><body><div id="content">${inner}</div></body></html>`;
const URL = 'https://www.example.com/news/2012/04/02/ferry-pier';
const story = `<h1>Ferry pier to be rebuilt</h1>${para(1)}${para(2)}${para(3)}`;

describe('a disclaimer-classed note under the story', () => {
  it('drops a short paragraph whose class names a disclaimer', () => {
    const note = '<p class="disclaim">These news feeds are provided by an independent third party and the site is not liable for them.</p>';
    const text = cleanPage(page(`${story}${note}`), URL).text;
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('independent third party');
  });

  it('drops it when the class is on its wrapper', () => {
    const note = '<div class="disclaim"><p>Prices and schedules in this story were supplied by the ferry company on the day of writing.</p></div>';
    const text = cleanPage(page(`${story}${note}`), URL).text;
    expect(text).not.toContain('supplied by the ferry company');
  });

  it('keeps a long block so named: a wrapper of real text, not a note', () => {
    const long = `<div class="disclaimer"><p>${'The pier was built in 1911 and has carried the island ferry every day since then. '.repeat(5)}</p></div>`;
    const text = cleanPage(page(`${story}${long}`), URL).text;
    expect(text).toContain('The pier was built in 1911');
  });
});

describe('a box of other stories: one summarised, the rest bare headlines', () => {
  const li = (t: string): string => `<li><h3><a href="/news/${t.length}">${t}</a></h3></li>`;
  const box =
    '<div class="top-stories"><ul>' +
    '<li><h3><a href="/news/1">Mayor says he will not step aside</a></h3><p>The mayor says he is not stepping aside as reports of a video threaten to engulf his office, and his lawyers say they will fight every claim in court. Council members met late into the night to discuss what to do next.</p></li>' +
    `${li('Storm closes schools across the valley')}${li('Rail strike talks break down again')}${li('Museum reopens its whale hall')}</ul></div>`;

  it("drops the summary of the box's one summarised teaser", () => {
    const text = cleanPage(page(`${story}${box}`), URL).text;
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('not stepping aside');
  });

  it('keeps a post whose own paragraphs open with a source link (not list items)', () => {
    const items = [1, 2, 3, 4]
      .map((n) => `<div><p><a href="https://source.example.org/${n}">Source story number ${n} on the pier works</a></p><p>Excerpt ${n}: the divers found rotten piles under the pier and the council agreed to pay its share of the repairs.</p></div>`)
      .join('');
    const text = cleanPage(page(`<h1>Ferry pier to be rebuilt</h1>${para(1)}<div class="roundup">${items}</div>`), URL).text;
    expect(text).toContain('Excerpt 3: the divers found rotten piles');
  });
});
