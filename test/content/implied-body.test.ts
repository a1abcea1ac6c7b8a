import { describe, expect, it } from 'vitest';
import { cleanPage, parseHtml } from '../../src/content/clean-page.js';

const para = (n: number) =>
  `<p>Paragraph ${n} of the story: the council voted on Tuesday to close the old bridge for repairs that will last until spring.</p>`;

/** Old CMS pages (and saved copies of them) that never write <body> nor </head>. */
const NO_BODY = `<!DOCTYPE html><html lang="en"><head><title>Bridge to close - Example News</title>
<meta name="description" content="The old bridge closes."><link rel="stylesheet" href="/s.css">
<script>var x = 1;</script>
<div id="masthead"><a href="/">Example News</a></div>
<div class="story"><h1>Bridge to close</h1>${[1, 2, 3, 4, 5].map(para).join('')}</div>
<div id="footer"><a href="/about">About</a></div>
</html>`;

describe('a page without <body> nor </head>', () => {
  it('gets its article text, title and h1', () => {
    const page = cleanPage(NO_BODY, 'https://news.example.com/bridge');
    expect(page.reason).toBeUndefined();
    expect(page.title).toBe('Bridge to close');
    expect(page.text).toContain('Paragraph 5 of the story');
    expect(page.text).not.toContain('var x');
  });

  it('keeps the head elements in <head> and moves the rest into one <body>', () => {
    const $ = parseHtml(NO_BODY);
    expect($('body')).toHaveLength(1);
    expect($('head > title').text()).toContain('Bridge to close');
    expect($('head > div')).toHaveLength(0);
    expect($('body > div.story p')).toHaveLength(5);
    expect($('head').next()[0]).toBe($('body')[0]);
  });

  it('leaves a page with a <body> as it is', () => {
    const $ = parseHtml('<html><head><title>T</title></head><body><p>x</p></body></html>');
    expect($('body')).toHaveLength(1);
    expect($('head').children()).toHaveLength(1);
  });

  it('opens the body when the only <body> sits inside an unclosed <head> (article before it, or a second head)', () => {
    const story = `<div class="story"><h1>Bridge to close</h1>${[1, 2, 3].map(para).join('')}</div>`;
    const head = '<html><head><title>Bridge to close</title>';
    const early = `${head}<div id="top"><a href="/">Example</a></div><body>${story}</body></html>`;
    const nested = `${head}<html><head><meta charset="utf-8"></head><body>${story}</body></html>`;
    for (const html of [early, nested]) {
      const page = cleanPage(html, 'https://news.example.com/bridge');
      expect(page.reason).toBeUndefined();
      expect(page.text).toContain('Paragraph 3 of the story');
    }
  });
});
