import { describe, expect, it } from 'vitest';
import { cleanPage, parseHtml } from '../../src/content/clean-page.js';

const para = (n: number) =>
  `<p>Paragraph ${n} of the review: the film drags through its car chases and never finds a joke that lands.</p>`;

/**
 * A saved 2004 newspaper page: an outer <HEAD> never closed, the whole page (<html><head>…<body>) inside it, and
 * the outer </HEAD> only after the page's toolbar, before the story. htmlparser2 closes every open element on it,
 * leaving the story at the document's top level.
 */
const STRAY_END_TAG = `<HEAD><title>Arts: Hack job</title><meta name="section" content="Arts">
<html><head><title>Hack job</title></head>
<body><center><a href="/">Times</a> | <a href="/arts">Arts</a></center>
<form action="/mail"><a href="/mail">E-mail story</a></form>
</HEAD>
<h2>Hack job</h2>
${[1, 2, 3, 4, 5].map(para).join('\n')}
</body></html>`;

describe('content after a stray end tag that closed the body', () => {
  it('is moved back into the body and read as the article', () => {
    const page = cleanPage(STRAY_END_TAG, 'https://www.example.com/2004/10/07/arts/hack_job.shtml');
    expect(page.reason).toBeUndefined();
    expect(page.text).toContain('Paragraph 1 of the review');
    expect(page.text).toContain('Paragraph 5 of the review');
  });

  it('leaves the top level with head and body only, the story last in the body', () => {
    const $ = parseHtml(STRAY_END_TAG);
    const top = $.root().children().toArray().map((n) => n.tagName);
    expect(top).toEqual(['head', 'body']);
    expect($('body').first().children().last().text()).toContain('Paragraph 5');
    const ps = $('p').toArray();
    expect(ps.every((p) => $(p).parents('body').length > 0)).toBe(true);
  });

  it('leaves a page alone when only whitespace or comments follow </html>', () => {
    const $ = parseHtml('<html><head><title>T</title></head><body><p>x</p></body></html>\n<!-- cached -->\n');
    expect($('body').children()).toHaveLength(1);
    expect($.root().children().toArray().map((n) => n.tagName)).toEqual(['html']);
  });
});
