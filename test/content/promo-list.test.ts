import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/**
 * Invented pages: a story, then (in the same wrapper) a promo box of one or two other stories at the end of its body, each a list item with
 * a linked heading over a one-line blurb ("Elsewhere on the site"); the shape of the BBC rails in msv-big9 test,
 * dragnet-news test and myfeed-vi-news dev.
 */
const para = (n: number): string =>
  `<p>Paragraph ${n}: the water board said on Friday that the reservoir above the village will be drained in May so that engineers can repair the old stone dam, which has leaked since the winter floods.</p>`;
const page = (inner: string): string =>
  `<html><head><title>Reservoir to be drained for dam repairs</title></head><body><div id="main">${inner}</div></body></html>`;
const URL = 'https://www.example.com/news/2021/03/05/reservoir-dam';
/** The story with `inner` inside its body after three paragraphs, and `end` inside it after the fourth. */
const storyWith = (inner: string, end = ''): string =>
  `<h1>Reservoir to be drained for dam repairs</h1><div class="story">${para(1)}${para(2)}${para(3)}${inner}${para(4)}${end}</div>`;
const item = (n: number): string =>
  `<li><h3><a href="/travel/${n}">Weekend in town number ${n}</a></h3><p>Blurb ${n}: a short line about a trip to the coast</p></li>`;

describe('a promo list after the story', () => {
  it('drops a lone linked-heading item with its blurb', () => {
    const box = `<div class="box"><h2>Elsewhere on the site</h2><ul>${item(1)}</ul></div>`;
    const text = cleanPage(page(storyWith('', box)), URL).text;
    expect(text).toContain('Paragraph 4: the water board');
    expect(text).not.toContain('Blurb 1:');
  });

  it('drops two such items', () => {
    const text = cleanPage(page(storyWith('', `<div class="box"><ul>${item(1)}${item(2)}</ul></div>`)), URL).text;
    expect(text).not.toContain('Blurb 1:');
    expect(text).not.toContain('Blurb 2:');
  });

  it('keeps list items whose linked heading heads more than a blurb', () => {
    const long = 'Each dam is inspected twice a year and the reports are published on the board website. ';
    const section = `<ul><li><h3><a href="/dams/1">The upper dam explained</a></h3><p>Upper dam. ${long.repeat(4)}</p></li></ul>`;
    const text = cleanPage(page(storyWith(section)), URL).text;
    expect(text).toContain('Upper dam. Each dam is inspected');
  });

  it('keeps list items that do not open with a linked heading', () => {
    const list = '<ul><li><h3>What changes for residents</h3><p>Tap water stays safe to drink during the works.</p></li></ul>';
    const text = cleanPage(page(storyWith(list)), URL).text;
    expect(text).toContain('Tap water stays safe to drink during the works.');
  });

  it('keeps a short linked-heading list before an article worth of text', () => {
    const top = `<ul>${item(1)}</ul>`;
    const text = cleanPage(page(`<h1>Reservoir to be drained for dam repairs</h1><div class="story">${para(1)}${top}${para(2)}${para(3)}${para(4)}</div>`), URL).text;
    expect(text).toContain('Blurb 1:');
  });
});
