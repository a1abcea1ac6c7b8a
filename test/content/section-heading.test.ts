import { describe, expect, it } from 'vitest';
import { cleanPage } from '../../src/content/clean-page.js';

/**
 * Invented pages: a trade story whose writer adds a section of opinion under a heading named "Comment". A heading
 * with a comment-section name ended the article there, so the analysis under it was lost.
 */
const URL = 'https://www.example.com/tech/2025/03/11/tile-robot-maker-adds-cloud-service';
const HEADLINE = 'Tile robot maker adds a cloud service to its floor machines';
const news = [
  'The maker of the Grout-9 floor robot said on Tuesday it would sell a monthly cloud service that plans the tiling of a room from a phone photo.',
  'The service will cost 30 a month per machine and will reach builders in the north of the country first, with other regions later in the year.',
  'The firm said 1,200 machines had been sold since the robot was launched, most of them to small building firms with fewer than ten staff.',
];
const analysis = [
  'The cloud plan is a bet that small builders will pay every month for something they used to do with a pencil and a tape measure on site, and that they will trust a phone photo over their own eye.',
  'It also gives the firm a steady income between machine sales, which have slowed since the building trade cooled at the end of last summer.',
];
const story = (tail: string): string =>
  `<html><head><title>${HEADLINE}</title></head><body><h1>${HEADLINE}</h1><div class="article-body">${news
    .map((p) => `<p>${p}</p>`)
    .join('')}${tail}</div></body></html>`;

describe('a comment-named heading over the article\'s own section', () => {
  it('keeps the analysis under a "Comment" heading that the article\'s text continues under', () => {
    const text = cleanPage(story(`<h3>Comment</h3>${analysis.map((p) => `<p>${p}</p>`).join('')}`), URL).text;
    expect(text).toContain('The firm said 1,200 machines had been sold');
    expect(text).toContain('The cloud plan is a bet that small builders');
    expect(text).toContain('It also gives the firm a steady income');
  });

  it('still ends the article at a comments heading over a comment plugin and a site notice', () => {
    const tail =
      '<h3>Comments</h3><div class="reader-thread" data-posts="10"></div>' +
      '<p><em>Place your firm in front of the busiest building-trade readership in the region with our flexible marketing packages for every budget, from one week up.</em></p>';
    const text = cleanPage(story(tail), URL).text;
    expect(text).toContain('The firm said 1,200 machines had been sold');
    expect(text).not.toContain('Place your firm in front');
  });

  it('still ends the article at a comments heading over short reader notes', () => {
    const tail = '<h3>Comments</h3><p>Great news for the trade, well done.</p><p>Too dear for a firm our size.</p>';
    const text = cleanPage(story(tail), URL).text;
    expect(text).not.toContain('Great news for the trade');
    expect(text).not.toContain('Too dear for a firm');
  });
});
