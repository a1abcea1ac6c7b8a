import { describe, expect, it } from 'vitest';
import { isCaptionText, isChromeLine, isDateLine } from '../../src/content/boilerplate-vocabulary.js';

/** Shapes of 2000s newspaper pages (table layouts, <br>-joined bylines, slash credits): invented lines. */
describe('captions credited after a slash or in brackets', () => {
  it('are captions', () => {
    expect(isCaptionText('Riders wait on the platform of a city station / Daily archive photo')).toBe(true);
    expect(isCaptionText('A new service offered to phone users / Image by Example.com')).toBe(true);
    expect(isCaptionText('[Times photo: Jane Roe] A nurse gives a flu shot as two children watch.')).toBe(true);
    expect(isCaptionText('(Staff photo: John Doe) The mayor opens the bridge.')).toBe(true);
  });

  it('leave prose with a slash or a photo in it alone', () => {
    expect(isCaptionText('He drove to the city / the photo of it was on every front page the next day.')).toBe(false);
    expect(isCaptionText('Prices rose 5 percent / year, the agency said.')).toBe(false);
    expect(isCaptionText('[The photo was taken in 1998, she said.]')).toBe(false);
  });
});

describe('bylines joined to their date and dated lines with a zone', () => {
  it('are chrome', () => {
    expect(isChromeLine('By JANE ROE, Times Film Critic Published October 7, 2004')).toBe(true);
    expect(isChromeLine('By John Doe Updated: 5 May 2021 10:02')).toBe(true);
    expect(isDateLine('Created: 12.04.2004 21:17 MSK (GMT +3), Updated: 16:32 MSK')).toBe(true);
  });

  it('leave sentences with those words alone', () => {
    expect(isChromeLine('The council published 12 reports on Monday')).toBe(false);
    expect(isChromeLine('By the end of the year the firm Published 40 titles in 2004')).toBe(false);
    expect(isDateLine('The company was created in 2004 in Moscow')).toBe(false);
  });
});

const storyPara = (n: number) =>
  `<p>Paragraph ${n} of the story: the student told the paper that officers, two of them in plain clothes, stopped him twice at the station, asked for papers he did not carry, and then, when he called their superiors from a phone box outside, let the girl they had held go home.</p>`;
const teaser = (n: number) =>
  `<h2><a href="/news/${n}.shtml">Other story number ${n} about the gas price row</a></h2><p class="announce">Summary ${n}: the energy minister said on Sunday, Dec. 24, that the gas monopoly, its transit partner and the state firm had agreed, after weeks of talks, on a new price for next year, ending a row that had worried buyers, traders and neighbours across the region.</p>`;

/** A table layout: a link column, the article in one cell, a column of other stories' teasers in the next. */
const NAV = Array.from({ length: 40 }, (_, i) => `<a href="/section/${i}">Section number ${i}</a><br>`).join('');
const TEASER_COLUMN_PAGE = `<html><head><title>Student accuses police</title></head><body>
<table width="100%"><tr>
<td width="20%">${NAV}</td>
<td width="53%"><h1>Student accuses police</h1>${[1, 2, 3, 4, 5, 6].map(storyPara).join('')}</td>
<td width="23%">${[1, 2, 3, 4, 5].map(teaser).join('')}</td>
</tr></table></body></html>`;

describe('a column of teasers beside the article', () => {
  it('is not taken as the rest of the text', async () => {
    const { cleanPage } = await import('../../src/content/clean-page.js');
    const page = cleanPage(TEASER_COLUMN_PAGE, 'https://www.example.com/feature/2004/04/12/police.shtml');
    expect(page.text).toContain('Paragraph 6 of the story');
    expect(page.text).not.toContain('Summary 1');
    expect(page.text).not.toContain('Other story number');
  });

  it('a sibling cell that continues the article is still taken', async () => {
    const { cleanPage } = await import('../../src/content/clean-page.js');
    const split = TEASER_COLUMN_PAGE.replace(/<td width="23%">.*?<\/td>/su, `<td width="23%">${[7, 8, 9, 10].map(storyPara).join('')}</td>`);
    const page = cleanPage(split, 'https://www.example.com/feature/2004/04/12/police.shtml');
    expect(page.text).toContain('Paragraph 10 of the story');
  });
});

describe('a related heading after a brand, and feed/reprint promos', () => {
  it('are boilerplate', async () => {
    const { isRelatedHeading, CALL_TO_ACTION_PATTERN } = await import('../../src/content/boilerplate-vocabulary.js');
    expect(isRelatedHeading('BW MALL SPONSORED LINKS')).toBe(true);
    expect(isRelatedHeading('Example News Related Stories:')).toBe(true);
    expect(CALL_TO_ACTION_PATTERN.test('Get Example Weekly directly on your desktop with our RSS feeds.')).toBe(true);
    expect(CALL_TO_ACTION_PATTERN.test('Click to buy an e-print or reprint of an Example story or video.')).toBe(true);
  });

  it('leave sub-headings and prose alone', async () => {
    const { isRelatedHeading, CALL_TO_ACTION_PATTERN } = await import('../../src/content/boilerplate-vocabulary.js');
    expect(isRelatedHeading('Why the new budget plan is not popular')).toBe(false);
    expect(isRelatedHeading('How the three governments handled the related stories of fraud')).toBe(false);
    expect(CALL_TO_ACTION_PATTERN.test('The agency publishes its warnings in RSS feeds and on its site.')).toBe(false);
  });
});

describe('a reaction-button prompt and a readers\' comment call closing the article', () => {
  it('are boilerplate', async () => {
    const { isShareBar, CALL_TO_ACTION_PATTERN } = await import('../../src/content/boilerplate-vocabulary.js');
    expect(isShareBar("What's Your Reaction?")).toBe(true);
    expect(isShareBar('What’s your reaction?')).toBe(true);
    expect(CALL_TO_ACTION_PATTERN.test('Are you affected by the road closure? Send us your comments using the form below.')).toBe(true);
    expect(CALL_TO_ACTION_PATTERN.test('Send us your photos of the storm.')).toBe(true);
  });

  it('leave prose with those words alone', async () => {
    const { isShareBar, CALL_TO_ACTION_PATTERN } = await import('../../src/content/boilerplate-vocabulary.js');
    expect(isShareBar("What's your reaction to the verdict, the judge asked him.")).toBe(false);
    expect(CALL_TO_ACTION_PATTERN.test('The mayor said residents could send us their comments by post.')).toBe(false);
  });

  it('are cut from a page, the story kept', async () => {
    const { cleanPage } = await import('../../src/content/clean-page.js');
    const html = `<html><head><title>Council shuts the old bridge</title></head><body><h1>Council shuts the old bridge</h1>
<div class="reaction">What's Your Reaction?</div>
${[1, 2, 3, 4, 5].map(storyPara).join('')}
<p class="introduction">Do you use the bridge? Send us your comments using the form below.</p></body></html>`;
    const page = cleanPage(html, 'https://www.example.com/news/2010/01/10/bridge.html');
    expect(page.text).toContain('Paragraph 5 of the story');
    expect(page.text).not.toContain('Reaction');
    expect(page.text).not.toContain('Send us your comments');
  });
});

/** A company box under the story: "Label: value" rows, a description cut off mid-sentence, "Learn more". */
const infoBox = (blurbEnd: string) => `<div class="company-box"><div class="rows">
<div><span>Company:</span> <span><a href="https://example.org/co/acme">Acme</a></span></div>
<div><span>Founded:</span> <span>March 3, 1991</span></div>
<div><span>Stock:</span> <span>NYSE:ACME</span></div></div>
<div class="about"><p>Started by two engineers in a garage, Acme has grown from one workshop into a maker of tools, garden machines and kitchen goods sold in forty countries, with its main lines being hand tools, power drills, lawn mowers, the${blurbEnd}</p></div>
<a href="https://example.org/co/acme">Learn more</a></div>`;
const boxPage = (blurbEnd: string) => `<html><head><title>Acme shuts its old plant</title></head><body><article><h1>Acme shuts its old plant</h1>
${[1, 2, 3, 4, 5].map(storyPara).join('')}
${infoBox(blurbEnd)}</article></body></html>`;

describe('a company info box after the article', () => {
  it('is cut, its rows and its truncated description', async () => {
    const { cleanPage } = await import('../../src/content/clean-page.js');
    const page = cleanPage(boxPage('...'), 'https://www.example.com/news/2012/10/23/acme.html');
    expect(page.text).toContain('Paragraph 5 of the story');
    expect(page.text).not.toContain('Started by two engineers');
    expect(page.text).not.toContain('Founded:');
    expect(page.text).not.toContain('NYSE:ACME');
  });

  it('a closing paragraph that ends its sentence stays', async () => {
    const { cleanPage } = await import('../../src/content/clean-page.js');
    const page = cleanPage(boxPage(' rest.'), 'https://www.example.com/news/2012/10/23/acme.html');
    expect(page.text).toContain('Started by two engineers');
  });

  it('a story closing on a trailing-off line after a quoted label stays', async () => {
    const { cleanPage } = await import('../../src/content/clean-page.js');
    const html = `<html><head><title>Town waits</title></head><body><article><h1>Town waits</h1>
${[1, 2, 3, 4, 5].map(storyPara).join('')}
<p>She looked at the sky, then at the road that led out of town, and said nothing for a long while.</p>
<p>Then, quietly, she began to count the days until the next train, one, two, three...</p></article></body></html>`;
    const page = cleanPage(html, 'https://www.example.com/news/2012/10/23/town.html');
    expect(page.text).toContain('one, two, three...');
  });
});
