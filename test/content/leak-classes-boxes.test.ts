import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { CALL_TO_ACTION_PATTERN, isChromeLine, isRelatedHeading, NOTICE_PATTERN } from '../../src/content/boilerplate-vocabulary.js';
import { extractGeneric } from '../../src/content/generic/index.js';

// Invented article text; the page shapes around it are the ones seen on English news pages of 2012 (dragnet-news dev).
const PARA = [
  'The city council approved a new budget for the harbour on Tuesday, after a debate that lasted most of the night, ' +
    'and the mayor said the first works would start in spring.',
  'Ferry operators had asked for deeper berths for years, and the plan sets aside money for dredging, new piers and ' +
    'a waiting hall for passengers, the council said in a statement.',
  'Opponents said the cost would rise, pointing to a similar project in a neighbouring town that ran two years late ' +
    'and cost twice as much as planned, according to the local auditor.',
  'The council will publish the tender documents next month, and companies will have six weeks to bid for the ' +
    'dredging contract, a spokeswoman for the harbour authority said.',
];
const paras = PARA.map((p) => `<p>${p}</p>`).join('');

function extract(body: string, head = ''): { text: string; lead: string } {
  const html = `<html lang="en"><head><title>Council approves harbour budget</title>${head}</head><body>${body}</body></html>`;
  const m = extractGeneric(cheerio.load(html), 'https://news.example.com/2012/11/06/harbour-budget');
  return { text: m.blocks.map((b) => b.text).join('\n'), lead: m.lead };
}

const promo =
  '<div class="whitepaper"><h4>White Paper</h4><p>Service desk report: learn why analysts rank no vendor as a leader ' +
  'in service management this year, and how one company changes that with a new kind of tool for teams.</p>' +
  '<p>Free download: the full comparison of twelve service desk tools, with prices, ratings from users and a checklist ' +
  'for buyers, compiled by our analysts from interviews with two hundred companies.</p></div>';

describe('article boxes and the text around them', () => {
  it('finds an article that sits inside a wrapper named after its share tools', () => {
    const { text } = extract(`<div class="page"><div class="share_wrapper"><div class="article"><h1>Council approves harbour budget</h1>
      <div itemprop="articleBody">${paras}${PARA.map((t) => `<p>Later, ${t}</p>`).join('')}</div><div class="share_tools"><a href="#">Share</a></div></div></div></div>
      <div class="resources">${promo}</div>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('Service desk report');
  });

  it('does not retry when a short article is all the page holds', () => {
    const { text } = extract(`<article><h1>Council approves harbour budget</h1><p>${PARA[0]}</p><p>${PARA[1]}</p></article>
      <div class="share_wrapper"><p>Sharing is caring: tell your friends about this page and the rest of our site.</p></div>`);
    expect(text).toContain(PARA[0]);
    expect(text).not.toContain('Sharing is caring');
  });

  it('skips elements with the class "hide" (a closed video transcript, a loading note)', () => {
    const { text } = extract(`<article><h1>Council approves harbour budget</h1>${paras}
      <div class="loading-indicator hide"><div>loading photos...</div></div>
      <div class="drawer-content hide video-transcript"><p>>> reporter: the council met again tonight, and the mayor spoke for an hour about the harbour plan.</p></div>
      <p class="hide-for-small">${'The harbour authority will hold a public meeting on the plan next week.'}</p></article>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('loading photos');
    expect(text).not.toContain('reporter: the council');
    expect(text).toContain('public meeting on the plan');
  });

  it('drops a slideshow after the article, but keeps a heading that a slideshow separates from its text', () => {
    const slides = ['Harbour A', 'Harbour B', 'Harbour C']
      .map((h) => `<li><h4>${h}</h4><p>${h} spent a similar sum on its piers last decade, and its ferry traffic doubled in the five years that followed the works.</p></li>`)
      .join('');
    const { text } = extract(`<article><h1>Council approves harbour budget</h1><p>${PARA[0]}</p><p>${PARA[1]}</p>
      <h3>What comes next</h3><div class="gallery"><p>Loading gallery</p></div><p>${PARA[2]}</p><p>${PARA[3]}</p>
      <p>Related elsewhere:</p><div class="hp-slideshow-wrapper"><ul class="hp-slideshow">${slides}</ul></div></article>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).toContain('What comes next');
    expect(text).not.toContain('spent a similar sum');
  });

  it('keeps a gallery that is the whole story (a photo story at the top of the content)', () => {
    const { text } = extract(`<article><h1>Council approves harbour budget</h1><div class="gallery">${paras}</div></article>`);
    for (const p of PARA) expect(text).toContain(p);
  });

  it('stays on the article column when a sidebar box of summaries would make its parent look richer', () => {
    const summaries = [1, 2, 3, 4]
      .map((n) => `<div class="entry"><p class="summary">Summary ${n}: the council also discussed the school budget, the new library and the bus lanes, and will vote on them next week after a hearing.</p></div>`)
      .join('');
    const { text } = extract(`<div id="wrap"><div id="aCol"><div class="post"><h1>Council approves harbour budget</h1>
      <div class="entry-content">${paras}</div></div></div><div id="cCol"><div class="box module nocontent">${summaries}</div>
      <div id="c_copyright"><div id="copyright">Harbour News is the official web site of the Harbour. The name, the logo and the word mark are trademarks of the Harbour and may not be used without written permission of the publisher, which reserves all rights in every country.</div></div></div></div>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('Summary 1');
    expect(text).not.toContain('official web site');
  });

  it('drops a small author box with a prose bio, and does not take its "description" for the standfirst', () => {
    const { text, lead } = extract(`<article><h1>Council approves harbour budget</h1>
      <div class="meta-info"><div class="author-dropdown"><div class="description"><p>Jane Doe currently works as a writer for the Harbour News, after having previously spent three years at a regional paper covering transport.</p></div></div></div>
      ${paras}<section class="article-author"><p>Jane Doe / Jane is the Harbour News's senior city reporter, covering the council, transport and housing since 2009.</p></section></article>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('currently works as a writer');
    expect(lead).not.toContain('currently works as a writer');
    expect(text).not.toContain('senior city reporter');
  });

  it('takes a camelCase caption class for a caption, and an agency name alone for a credit', () => {
    const { text } = extract(`<article><h1>Council approves harbour budget</h1><div class="insetTree"><p class="targetCaption">The harbour at dawn on Monday, before the council met.</p>
      <div>Associated Press</div></div>${paras}<h3 class="newsByLine">The Canadian Press</h3></article>`);
    for (const p of PARA) expect(text).toContain(p);
    expect(text).not.toContain('The harbour at dawn');
    expect(text).not.toContain('Associated Press');
    expect(text).not.toContain('Canadian Press');
  });

  it('drops a linked promo set in square brackets, and keeps an unlinked bracketed note', () => {
    const { text } = extract(`<article><h1>Council approves harbour budget</h1><p>${PARA[0]}</p>
      <p><strong>[ Download our <a href="/guide">Harbour Guide</a> for a practical overview of the plan. ]</strong></p>
      <p>${PARA[1]}</p><p>[Editor's note: an earlier version of this story misstated the date of the vote.]</p><p>${PARA[2]}</p><p>${PARA[3]}</p></article>`);
    expect(text).not.toContain('Download our');
    expect(text).toContain("[Editor's note: an earlier version");
  });
});

describe('date lines, contact lines and box headings (en)', () => {
  it('reads a date line split by spaced slashes as chrome, but not a sentence with a slash', () => {
    expect(isChromeLine('Monday, 11.05.2012 / 8:05 PM / News')).toBe(true);
    expect(isChromeLine('The council voted 7 / 2 to approve the harbour budget')).toBe(false);
  });

  it('knows contact lines and print-edition notes, not sentences that merely share a word', () => {
    expect(CALL_TO_ACTION_PATTERN.test('Send news tips and comments to jane_doe@example.com.')).toBe(true);
    expect(CALL_TO_ACTION_PATTERN.test('Write to Jane Doe at jane.doe@example.com')).toBe(true);
    expect(CALL_TO_ACTION_PATTERN.test('Police asked residents to send tips about the break-in to the station.')).toBe(false);
    expect(CALL_TO_ACTION_PATTERN.test('She said she would write to the minister about the harbour.')).toBe(false);
    expect(NOTICE_PATTERN.test('A version of this article appeared October 29, 2012, on page B13 in the U.S. edition.')).toBe(true);
  });

  it('knows the headings of sponsored and resource boxes, not a sentence that starts like one', () => {
    for (const h of ['Additional Resources', 'Sponsored Links', 'From around the web', 'Article Sources:']) expect(isRelatedHeading(h)).toBe(true);
    expect(isRelatedHeading('Sponsored links were removed from the site last year')).toBe(false);
  });
});
