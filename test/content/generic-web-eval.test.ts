import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { addCounts, loadWebEval, prf, snippetCounts, type SnippetCounts } from '../../bench/support/web-eval.js';
import { extractGeneric } from '../../src/content/generic/index.js';

// Development pages from ../shared: absent from a fresh clone, then this suite is skipped.
const loaded = loadWebEval();
const missing = 'missing' in loaded ? loaded.missing : undefined;
if (missing) console.warn(`generic-web-eval: skipped: ${missing}`);

describe.skipIf(missing !== undefined)('extractGeneric on the web-eval pages', () => {
  it('keeps main-text F1 above readability.js (0.880) and near trafilatura (0.917)', () => {
    if ('missing' in loaded) return;
    let counts: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
    for (const page of loaded.pages) {
      if (!page.annotation) continue;
      const m = extractGeneric(cheerio.load(page.html, { xml: { xmlMode: false, decodeEntities: true } }), page.url);
      const text = [m.title ?? '', m.lead, ...m.blocks.map((b) => b.text)].join('\n\n');
      counts = addCounts(counts, snippetCounts(text, page.annotation));
    }
    const { precision, recall, f1 } = prf(counts);
    expect(f1, `P ${precision.toFixed(3)} R ${recall.toFixed(3)}`).toBeGreaterThanOrEqual(0.91);
  }, 120_000);
});
