import { describe, expect, it } from 'vitest';
import { isAuthorBio } from '../../src/content/author-bio.js';
import { cleanPage } from '../../src/content/clean-page.js';
import { isOpeningByline } from '../../src/content/generic/opening-byline.js';

/** Invented pages: a story whose body opens with a long byline line or closes with a note on its author. */
const para = (n: number): string =>
  `<p>Paragraph ${n} of the story: the harbour authority said on Monday that the old ferry pier will be rebuilt by the spring, after divers found the wooden piles rotten and the town council agreed to share the cost.</p>`;
const page = (inner: string, author = 'Jane Marlow'): string =>
  `<html><head><title>Ferry pier to be rebuilt</title><meta name="author" content="${author}"></head>` +
  `<body><div id="content">${inner}</div></body></html>`;
const URL = 'https://www.example.com/news/2022/04/02/ferry-pier';
const story = `<h1>Ferry pier to be rebuilt</h1>${para(1)}${para(2)}${para(3)}${para(4)}`;

describe('a byline line opening the body', () => {
  it('drops a long byline with role and time before the first paragraph', () => {
    const byline = '<p>By JANE MARLOW, Associated Press Writer Sun Sep 11, 7:40 PM ET</p>';
    const text = cleanPage(page(`<h1>Ferry pier to be rebuilt</h1>${byline}${para(1)}${para(2)}${para(3)}`), URL).text;
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).not.toContain('Associated Press Writer');
  });

  it('drops a byline with an appositive naming the writer', () => {
    const byline = '<p>By Jane Marlow, former harbour master of the Eastern District of the county</p>';
    const text = cleanPage(page(`<h1>Ferry pier to be rebuilt</h1>${byline}${para(1)}${para(2)}${para(3)}`), URL).text;
    expect(text).not.toContain('former harbour master');
  });

  it('keeps sentences that open with "By": a date, a lower-case lead, or a line once the text has begun', () => {
    expect(isOpeningByline('By July 2002, he had pleaded guilty in a closed court session.')).toBe(false);
    expect(isOpeningByline('By the time the ferry arrived, the pier had gone')).toBe(false);
    expect(isOpeningByline('By Jane Marlow and Tom Reed, staff writers')).toBe(true);
    const late = '<p>By Order Of The Council, the pier stays closed until the spring</p>';
    const text = cleanPage(page(`<h1>Ferry pier to be rebuilt</h1>${para(1)}${para(2)}${late}${para(3)}`), URL).text;
    expect(text).toContain('By Order Of The Council');
  });
});

describe('a note on the author closing the body', () => {
  it('drops a bio with an appositive before the copula', () => {
    const bio = '<p>Jane Marlow, a legal analyst for the network, is a professor at the university law school and a former prosecutor.</p>';
    const text = cleanPage(page(`${story}${bio}`), URL).text;
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('legal analyst for the network');
  });

  it('drops a bio that repeats the byline first, and a long one of several sentences', () => {
    const long = 'She has covered the harbour for the paper since 2009 and wrote two books on the coast. '.repeat(7);
    expect(isAuthorBio(`By Jane Marlow - Jane Marlow is the paper's harbour editor. ${long}`, ['Jane Marlow'])).toBe(true);
    expect(isAuthorBio(`Jane Marlow is an amateur sailor and writer. ${long}`, ['Jane Marlow'])).toBe(true);
  });

  it('keeps a closing paragraph about someone else, or one that only starts with the name', () => {
    expect(isAuthorBio('Tom Reed, the harbour master, is expected to sign the contract next week.', ['Jane Marlow'])).toBe(false);
    expect(isAuthorBio('Jane Marlow, who reported from the pier. The council is to vote.', ['Jane Marlow'])).toBe(false);
    expect(isAuthorBio('Jane Marlow said the pier would open in May.', ['Jane Marlow'])).toBe(false);
  });
});
