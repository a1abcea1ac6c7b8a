import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/content/generic/collect-blocks.js';
import { extractGeneric } from '../../src/content/generic/index.js';
import type { MainContent } from '../../src/content/types.js';

const extract = (html: string): MainContent =>
  extractGeneric(cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } }), 'https://example.com/x');

const PARAGRAPH =
  'The provincial health department said on Tuesday that it had received the second shipment of vaccines, which will be distributed to district hospitals this week.';

describe('extractGeneric on bad input', () => {
  it('returns a reason for an empty document and an empty body', () => {
    for (const html of ['', '<html><head></head><body></body></html>', '<html><body>   \n\t </body></html>']) {
      const m = extract(html);
      expect(m.blocks).toEqual([]);
      expect(m.reason).toBe('no main text found');
      expect(m.method).toBe('generic');
    }
  });

  it('returns a reason for a page of only scripts and styles', () => {
    const m = extract(`<html><head><style>p{color:red}</style></head><body><script>var a = "${PARAGRAPH}";</script><noscript>Enable JavaScript</noscript></body></html>`);
    expect(m.blocks).toEqual([]);
    expect(m.reason).toBeDefined();
  });

  it('reads text that is not HTML as a single block', () => {
    const m = extract(PARAGRAPH);
    expect(m.reason).toBeUndefined();
    expect(m.blocks.map((b) => b.text)).toEqual([PARAGRAPH]);
  });

  it('keeps what it can of truncated HTML', () => {
    const html = `<html><head><title>T</title></head><body><div class="article-body"><p>${PARAGRAPH}</p><p>${PARAGRAPH.replace('second', 'third')}</p><p>The minister added that the remaining doses would arrive before the end of the month and that`;
    for (const cut of [html, `${html}<a href="/x" class="fo`, `${html}<!-- comment never clos`]) {
      const m = extract(cut);
      expect(m.blocks[0]?.text).toBe(PARAGRAPH);
      expect(m.blocks).toHaveLength(3);
    }
  });

  it('stays bounded on pathological nesting', () => {
    const depth = LIMITS.depth * 4;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH}</p>${'</div>'.repeat(depth)}<p>${PARAGRAPH}</p></body></html>`;
    const m = extract(html);
    // The paragraph below the depth limit is not reached; the one at the top is.
    expect(m.blocks.map((b) => b.text)).toEqual([PARAGRAPH]);
  });

  it('stays bounded on a page with more nodes than the limit', () => {
    const count = Math.ceil(LIMITS.nodes / 2) + 1000;
    const html = `<html><body><div class="article-body">${`<p>${PARAGRAPH}</p>`.repeat(count)}</div></body></html>`;
    const m = extract(html);
    expect(m.blocks.length).toBeGreaterThan(0);
    // Each <p> is two nodes (element and text): the walk stops at the node or block limit.
    expect(m.blocks.length).toBeLessThan(count);
    expect(m.blocks.length).toBeLessThanOrEqual(Math.min(LIMITS.nodes / 2, LIMITS.blocks));
  });
});
