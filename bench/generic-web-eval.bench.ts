import * as cheerio from 'cheerio';
import { extractGeneric } from '../src/content/generic/index.js';
import { addCounts, loadWebEval, prf, snippetCounts, type SnippetCounts } from './support/web-eval.js';

/** Main-text F1 floor of the generic extractor on web-eval (readability.js 0.880, trafilatura 0.917). */
const FLOOR = 0.91;

/**
 * `npm run bench -- generic-web-eval`: the generic extractor's main-text F1 on the web-eval pages of
 * ../shared (score.py's snippet metric); fails below the floor. Reads outside the repository, so it is a
 * bench, not a test.
 */
export default async function genericWebEval(): Promise<void> {
  const loaded = loadWebEval();
  if ('missing' in loaded) {
    console.log(`generic-web-eval: skipped: ${loaded.missing}`);
    return;
  }
  let counts: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const page of loaded.pages) {
    if (!page.annotation) continue;
    const m = extractGeneric(cheerio.load(page.html, { xml: { xmlMode: false, decodeEntities: true } }), page.url);
    const text = [m.title ?? '', m.lead, ...m.blocks.map((b) => b.text)].join('\n\n');
    counts = addCounts(counts, snippetCounts(text, page.annotation));
  }
  const { precision, recall, f1 } = prf(counts);
  console.log(`generic-web-eval: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (floor ${FLOOR})`);
  if (f1 < FLOOR) throw new Error(`generic-web-eval: F1 ${f1.toFixed(3)} below the floor ${FLOOR}`);
}
