import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { isAdLabel, isWidgetLine } from '../../src/content/boilerplate-vocabulary.js';
import { extractGeneric } from '../../src/content/generic/index.js';

// Invented English article; the lines around it have the shapes of gallery, embed and ad widgets on real news pages
// (msv-big9 and msv-chaos dev and test parts).
const PARA = [
  'The city council voted on Tuesday to extend the night bus service to the two new housing districts east of the river.',
  'Council member Ana Ruiz said the change would cost about $2 million a year and would be paid for from the transit levy.',
  'The first extended routes are expected to run in the spring, once the depot on Mill Road has been refitted for electric buses.',
];

function extract(inside: string): string {
  const html = `<html lang="en"><head><title>Night buses extended</title></head><body><h1>Night buses extended</h1>
    <div class="story-body"><p>${PARA[0]}</p>${inside}<p>${PARA[1]}</p><p>${PARA[2]}</p></div></body></html>`;
  return extractGeneric(cheerio.load(html), 'https://news.example.com/night-buses').blocks.map((b) => b.text).join('\n');
}

describe('gallery and embed widget lines', () => {
  it('knows picture counters and gallery buttons in vi/id/en', () => {
    for (const t of ['Image 3 of 12', 'Image 1of/5', 'Photo 2 / 9', 'Foto 2 dari 8', 'Ảnh 1/4', 'HIDE CAPTION', 'Show caption', 'Close', 'Embed', 'Tutup', 'Đóng']) {
      expect(isWidgetLine(t), t).toBe(true);
    }
  });

  it('leaves lines that only share the words alone', () => {
    for (const t of ['Closed', 'Close to home', 'Image of the day', 'Photo 2 shows the old depot.', 'Embed the code below', '3 of 12 buses were late']) {
      expect(isWidgetLine(t), t).toBe(false);
    }
  });

  it('drops gallery lines inside the article, keeps the text around them', () => {
    const text = extract('<p>Image 1of/5</p><p>Close</p><p>Embed</p><p>HIDE CAPTION</p>');
    for (const p of PARA) expect(text).toContain(p);
    for (const w of ['Image 1of/5', 'Close', 'Embed', 'HIDE CAPTION']) expect(text, w).not.toContain(w);
  });
});

describe('ad and placeholder labels', () => {
  it('takes spaced dots, brackets and two joined labels as one label', () => {
    for (const t of ['Loading ...', 'Đang tải ...', '(Story continues below)', 'story continues below', 'Advertisements', 'Advertisement - Continue Reading Below', 'Article continues below']) {
      expect(isAdLabel(t), t).toBe(true);
    }
  });

  it('leaves sentences with the same words alone', () => {
    for (const t of ['The story continues below the fold.', 'Loading the trucks took three hours.', 'Advertisements for the job ran for a week.']) {
      expect(isAdLabel(t), t).toBe(false);
    }
  });

  it('drops the labels between paragraphs, keeps the paragraphs', () => {
    const text = extract('<p>(Story continues below)</p><div>Advertisement - Continue Reading Below</div><div>Loading ...</div>');
    for (const p of PARA) expect(text).toContain(p);
    for (const w of ['Story continues below', 'Continue Reading Below', 'Loading']) expect(text, w).not.toContain(w);
  });
});
