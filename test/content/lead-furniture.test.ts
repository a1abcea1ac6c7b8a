import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractGeneric } from '../../src/content/generic/index.js';
import { isFurnitureLead } from '../../src/content/generic/lead-furniture.js';

// Invented English article text.
const PARA = [
  'The harbour authority reopened the north pier on Tuesday after divers finished checking the pilings that a barge struck last month.',
  'Fishing crews had moved their boats to the south basin, where the water is shallower and the berths are shorter than most trawlers need.',
  'Repairs to the lighting along the walkway will continue at night until the end of the month, the authority said in a statement.',
];
const TITLE = 'North Pier Reopens After Barge Damage';
const DECK = 'Divers found no lasting harm to the pilings, and the fishing fleet can return to its usual berths this week.';

function extract(header: string): { lead: string; text: string } {
  const html = `<html lang="en"><head><title>${TITLE} - Harbour Gazette</title></head><body>
    <div class="nav"><a href="/">Home</a> <a href="/local">Local</a></div>
    <div class="story-top"><h1>${TITLE}</h1>${header}</div>
    <div class="story-body">${PARA.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  const m = extractGeneric(cheerio.load(html), 'https://harbour-gazette.example/local/2021/05/03/north-pier');
  return { lead: m.lead, text: [m.lead, ...m.blocks.map((b) => b.text)].join('\n') };
}

describe('a standfirst candidate that is page furniture is not the lead', () => {
  it('drops a follow prompt in a pop-up that a subtitle class names', () => {
    const prompt = 'Get every new story from the harbour desk as soon as it is out. Sign up to follow and we will email you.';
    const { lead, text } = extract(
      `<div class="subtitle-follow-modal"><i class="follow-modal-close"></i><p class="topic-desc">News from the waterfront.</p><div class="follow-body">${prompt}</div></div>`,
    );
    expect(lead).toBe('');
    expect(text).not.toContain('Sign up to follow');
    for (const p of PARA) expect(text).toContain(p);
  });

  it('counts a sentence in a small widget with a close button as furniture, not one in a larger block', () => {
    const prompt = 'Talk to our newsroom assistant in your messaging app. Find out what is happening along the coast as it unfolds.';
    const widget = cheerio.load(
      `<div class="chat-prompt-container"><div class="top-bar"><div class="close-button"></div></div><div class="prompt-content"><p>${prompt}</p></div></div>`,
    );
    expect(isFurnitureLead(widget('p')[0]!, prompt)).toBe(true);
    const story = cheerio.load(
      `<div class="story"><div class="top-bar"><a class="close" href="/">Close</a></div><div class="story-head"><p>${DECK}</p></div>${PARA.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    expect(isFurnitureLead(story('.story-head p')[0]!, DECK)).toBe(false);
  });

  it('drops a summary-classed box that holds the byline and the date', () => {
    const { lead, text } = extract(
      `<div class="story-summary"><span class="author-name">Jane Roe</span> <span class="outlet">Harbour Gazette</span> <time datetime="2021-05-03">May 3, 2021, with reporting from the pier office</time></div>`,
    );
    expect(lead).toBe('');
    expect(text).not.toContain('Jane Roe');
  });

  it('keeps a real standfirst, also when the page has a close button somewhere in a larger block', () => {
    const { lead } = extract(`<p class="story-dek">${DECK}</p>`);
    expect(lead).toBe(DECK);
    const html = `<html lang="en"><head><title>${TITLE}</title></head><body>
      <div class="story"><a class="close" href="/">Close</a><h1>${TITLE}</h1><p class="story-dek">${DECK}</p>
      ${PARA.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extractGeneric(cheerio.load(html), 'https://harbour-gazette.example/local/north-pier').lead).toBe(DECK);
  });
});
