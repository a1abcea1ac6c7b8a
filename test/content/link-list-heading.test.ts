import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/**
 * Invented pages: a story with a box of links to other stories set inside the body. The walk prunes the box's
 * related-classed list, and its title ("Before you go") was left standing over the next paragraph.
 */
const URL = 'https://www.example.com/news/2025/06/02/river-ferry-timetable';
const HEADLINE = 'River ferry adds late sailings for the summer';
const paragraphs = [
  'The river ferry will run two extra sailings each evening from June to August, the transport board said on Monday.',
  'The last boat will now leave the north pier at 11.40pm, an hour later than before, to serve people leaving the concerts.',
  'The board said the extra trips would cost about 40,000 a season and would be paid for from the festival levy.',
  'Crews have been hired from the winter roster, and no other sailings will be cut to make room for the new ones.',
];
const page = (inside: string, at: number): string => {
  const body = paragraphs.map((p) => `<p>${p}</p>`);
  body.splice(at, 0, inside);
  return `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1><div class="story">${body.join('')}</div></body></html>`;
};
const links = ['Bridge tolls to rise in the autumn', 'New cycle lane opens along the quay', 'Council votes on harbour parking plan'];
const linkBox = (title: string): string =>
  `<div class="storyBox"><h4>${title}</h4><ul class="relatedStories">${links
    .map((l, n) => `<li><a href="/news/2025/05/${n + 10}/story">${l}</a></li>`)
    .join('')}</ul></div>`;

describe('the title of a pruned link list inside the body', () => {
  it('drops the title of a box of links to other stories', () => {
    const text = cleanPage(page(linkBox('Before you go'), 2), URL).text;
    expect(text).not.toContain('Before you go');
    expect(text).not.toContain('Bridge tolls to rise');
    expect(text).toContain('The board said the extra trips would cost');
  });

  it('keeps a heading over the paragraphs of its own section', () => {
    const section = '<div class="part"><h4>What riders said</h4><p>Riders at the north pier said the late boat would save them a long taxi ride home after the shows.</p></div>';
    const text = cleanPage(page(section, 2), URL).text;
    expect(text).toContain('What riders said');
    expect(text).toContain('Riders at the north pier said');
  });

  it('keeps a heading whose box holds no links, only the text after it', () => {
    const text = cleanPage(page('<div class="part"><h4>Timetable changes</h4></div>', 2), URL).text;
    expect(text).toContain('Timetable changes');
  });
});
