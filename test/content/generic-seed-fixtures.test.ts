import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/content/decode.js';
import { extractGeneric } from '../../src/content/generic/index.js';

/**
 * The seed articles' pages through the generic path alone (what a profile falls back to when its
 * selectors find nothing): every expected paragraph kept, no must-not line.
 */
const PAGES = new URL('../fixtures/pages/', import.meta.url).pathname;
const SEEDS = ['vietnamplus-vi-ngoai-giao-vaccine', 'vovworld-id-diplomasi-vaksin'];
const norm = (t: string): string => t.replace(/\s+/g, ' ').trim();

function generic(name: string): { text: string; reason: string | undefined; captions: string[] } {
  const body = new Uint8Array(readFileSync(join(PAGES, name, 'source.html')));
  const url = 'https://generic.invalid/';
  const m = extractGeneric(cheerio.load(decodeHtml(body, url).html, { xml: { xmlMode: false, decodeEntities: true } }), url);
  return { text: [m.title ?? '', m.lead, ...m.blocks.map((b) => b.text)].join('\n\n'), reason: m.reason, captions: m.captions };
}

const lines = (path: string): string[] => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : []);

describe('seed pages through the generic extractor alone', () => {
  for (const name of SEEDS) {
    const dir = join(PAGES, name);
    it(`${name}: keeps the article, drops the boilerplate`, () => {
      const { text, reason, captions } = generic(name);
      expect(reason).toBeUndefined();
      for (const para of readFileSync(join(dir, 'expected.txt'), 'utf8').split(/\n\s*\n/).filter((p) => p.trim())) {
        expect(norm(text), para.slice(0, 60)).toContain(norm(para));
      }
      for (const line of lines(join(dir, 'must-not.txt'))) expect(text, line).not.toContain(line);
      expect(captions.length).toBeGreaterThan(0);
    });
  }

  it('a VOV World listing page is an index page', () => {
    const { text, reason } = generic('vovworld-id-listing-berita');
    expect(reason).toMatch(/^index page/);
    expect(text.trim()).toBe('');
  });
});
