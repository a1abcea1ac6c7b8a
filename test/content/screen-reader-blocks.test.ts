import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/**
 * Invented pages: a story cut into sections, each opened by a heading that only screen readers announce
 * ("visually-hidden", "sr-only"), and a breadcrumb item kept for screen readers. The shape of the section headings
 * in omnivore-news test and fundus test, and of the breadcrumb in speedreader-news dev.
 */
const URL = 'https://www.example.com/news/2023/05/02/library-opening-hours';
const paragraphs = [
  'The city library will stay open until nine in the evening from June, the council said on Tuesday after a vote.',
  'Readers asked for longer hours in a survey last winter, and most of them said they could only come after work.',
  'The extra hours will cost the city about forty thousand a year, which the council will take from the events budget.',
  'Staff will work in two shifts, and the reading room on the second floor will close an hour earlier than the rest.',
];
const section = (heading: string, text: string): string => `<section class="story-part">${heading}<p>${text}</p></section>`;
const page = (heading: string, crumb = ''): string =>
  '<html><head><title>Library to open late</title></head><body><h1>Library to open late</h1>' +
  `<ol class="crumbs"><li><a href="/">Home</a></li>${crumb}</ol>` +
  `<article>${paragraphs.map((p) => section(heading, p)).join('')}</article></body></html>`;

describe('blocks kept for screen readers only', () => {
  it('drops a section heading hidden by "visually-hidden"', () => {
    const text = cleanPage(page('<h2 class="visually-hidden">Story text</h2>'), URL).text;
    expect(text).toContain('The city library will stay open until nine in the evening');
    expect(text).toContain('Staff will work in two shifts');
    expect(text).not.toContain('Story text');
  });

  it('drops a section heading hidden by "sr-only"', () => {
    const text = cleanPage(page('<h3 class="title sr-only">Main body</h3>'), URL).text;
    expect(text).toContain('Readers asked for longer hours in a survey last winter');
    expect(text).not.toContain('Main body');
  });

  it('keeps the story when a breadcrumb item is kept for screen readers', () => {
    const crumb = '<li class="crumb visually-hidden">Library to open late until nine in the evening</li>';
    const text = cleanPage(page('', crumb), URL).text;
    expect(text).not.toContain('Library to open late until nine in the evening');
    expect(text).toContain('The extra hours will cost the city about forty thousand a year');
  });

  it('keeps inline screen-reader words inside a paragraph', () => {
    const inline =
      '<html><head><title>Library to open late</title></head><body><h1>Library to open late</h1><article>' +
      paragraphs.map((p) => `<p>${p.replace('nine', 'nine<span class="sr-only"> o’clock</span>')}</p>`).join('') +
      '</article></body></html>';
    const text = cleanPage(inline, URL).text;
    expect(text).toContain('nine o’clock in the evening');
  });
});
