import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import * as cheerio from 'cheerio';
import { parseHTML } from 'linkedom';
import { cleanPage } from '../src/content/clean-page.js';
import { decodeHtml } from '../src/content/decode.js';
import { extractGeneric } from '../src/content/generic/index.js';
import { EXTRACTORS } from '../src/extractors/index.js';
import { extractDoc } from '../src/pipeline/article-to-facts.js';
import { snapshotToArticle } from '../src/pipeline/snapshot-to-article.js';
import { addCounts, loadWebEval, prf, snippetCounts, type SnippetCounts } from './support/web-eval.js';
import { textF1 } from '../src/facts/eval.js';
import { median, quantile, table, timeMs } from './support/stats.js';

const FIXTURES = new URL('../test/fixtures/pages/', import.meta.url).pathname;
const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;
const FETCHED_AT = '2026-01-01T00:00:00Z';

interface Page {
  name: string;
  url: string;
  html: string;
  body: Uint8Array;
}

interface Method {
  name: string;
  /** Returns the extracted text (empty for the bare parse). */
  run(p: Page): string;
}

const METHODS: Method[] = [
  {
    name: 'cheerio.load (floor)',
    run: (p) => {
      cheerio.load(p.html, PARSE_OPTIONS);
      return '';
    },
  },
  {
    name: 'ours: parse + extractGeneric',
    run: (p) => {
      const main = extractGeneric(cheerio.load(p.html, PARSE_OPTIONS), p.url);
      return [main.title ?? '', main.lead, ...main.blocks.map((b) => b.text)].join('\n\n');
    },
  },
  { name: 'ours: cleanPage (+metadata, language)', run: (p) => cleanPage(p.html, p.url).text },
  {
    name: 'ours: snapshotToArticle (+facts)',
    run: (p) => snapshotToArticle({ url: p.url, fetchedAt: FETCHED_AT, body: p.body }).article.text,
  },
  {
    name: 'readability 0.6 + linkedom',
    run: (p) => {
      const { document } = parseHTML(p.html);
      return new Readability(document as unknown as Document).parse()?.textContent ?? '';
    },
  },
];

let failures = new Map<string, number>();

/** A method that throws on a page scores empty text there; the failures are counted and printed. */
function safe(fn: () => string, method = ''): string {
  try {
    return fn();
  } catch {
    if (method) failures.set(method, (failures.get(method) ?? 0) + 1);
    return '';
  }
}

/** Times every method on every page (after a warm-up), returning per-method times and texts. */
function measure(pages: readonly Page[]): Map<string, { ms: number[]; texts: string[] }> {
  failures = new Map();
  const warm = pages.slice(0, Math.min(pages.length, 25));
  for (const m of METHODS) for (const p of warm) safe(() => m.run(p));
  const out = new Map<string, { ms: number[]; texts: string[] }>();
  for (const m of METHODS) {
    const ms: number[] = [];
    const texts: string[] = [];
    for (const p of pages) {
      let text = '';
      ms.push(timeMs(() => (text = safe(() => m.run(p), m.name))));
      texts.push(text);
    }
    out.set(m.name, { ms, texts });
  }
  return out;
}

const f3 = (n: number): string => n.toFixed(3);
const f1d = (n: number): string => n.toFixed(1);

function timingRows(results: Map<string, { ms: number[] }>, quality: (name: string) => string[]): string[][] {
  const readability = results.get('readability 0.6 + linkedom');
  const refMedian = readability ? median(readability.ms) : Number.NaN;
  const rows: string[][] = [];
  for (const [name, r] of results) {
    const med = median(r.ms);
    rows.push([name, f1d(med), f1d(quantile(r.ms, 0.9)), (refMedian / med).toFixed(2) + 'x', String(failures.get(name) ?? 0), ...quality(name)]);
  }
  return rows;
}

function webEval(): void {
  const loaded = loadWebEval();
  if ('missing' in loaded) {
    console.log(`web-eval: skipped: ${loaded.missing}`);
    return;
  }
  const pages = loaded.pages.map((p) => ({ name: p.file, url: p.url, html: p.html, body: p.body }));
  const results = measure(pages);
  const quality = (name: string): string[] => {
    if (name.startsWith('cheerio')) return ['', '', ''];
    let c: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
    const texts = results.get(name)?.texts ?? [];
    loaded.pages.forEach((p, i) => {
      if (p.annotation) c = addCounts(c, snippetCounts(texts[i] ?? '', p.annotation));
    });
    const s = prf(c);
    return [f3(s.precision), f3(s.recall), f3(s.f1)];
  };
  console.log(`web-eval: ${pages.length} pages (with/without snippet metric of score.py); times in ms/page, speed-up vs readability\n`);
  console.log(table([['method', 'median', 'p90', 'speed', 'errors', 'P', 'R', 'F1'], ...timingRows(results, quality)]));
}

function loadFixtures(): Array<Page & { expected: string }> {
  if (!existsSync(FIXTURES)) return [];
  const out: Array<Page & { expected: string }> = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name);
    if (!existsSync(join(dir, 'source.html')) || !existsSync(join(dir, 'expected.txt'))) continue;
    const body = new Uint8Array(readFileSync(join(dir, 'source.html')));
    const canonical = /<link[^>]+rel="canonical"[^>]+href="(https?:[^"]+)"/i.exec(Buffer.from(body).toString('latin1'))?.[1];
    const url = canonical ?? `https://fixture.invalid/${name}`;
    out.push({ name, url, html: decodeHtml(body, url).html, body, expected: readFileSync(join(dir, 'expected.txt'), 'utf8') });
  }
  return out;
}

function fixtures(): void {
  const pages = loadFixtures();
  if (pages.length === 0) {
    console.log('\nfixtures: none under test/fixtures/pages yet');
    return;
  }
  const results = measure(pages);
  const quality = (name: string): string[] => {
    if (name.startsWith('cheerio')) return [''];
    const texts = results.get(name)?.texts ?? [];
    const f1s = pages.map((p, i) => textF1(texts[i] ?? '', p.expected));
    return [f3(f1s.reduce((a, b) => a + b, 0) / f1s.length)];
  };
  console.log(`\nfixtures: ${pages.length} pages under test/fixtures/pages (mean token F1 against expected.txt; profiles apply)\n`);
  console.log(table([['method', 'median', 'p90', 'speed', 'errors', 'token F1'], ...timingRows(results, quality)]));

  const docs = pages.flatMap((p) => {
    const { method: _m, ...article } = cleanPage(p.html, p.url);
    return article.text ? [extractDoc(article)] : [];
  });
  if (EXTRACTORS.length === 0 || docs.length === 0) {
    console.log('\nfact extractors: none registered (or no fixture article)');
    return;
  }
  const rows: string[][] = [];
  for (const e of EXTRACTORS) {
    for (const d of docs) safe(() => String(e.extract(d).length));
    const us: number[] = [];
    for (let round = 0; round < 5; round++) for (const d of docs) us.push(timeMs(() => safe(() => String(e.extract(d).length))) * 1000);
    rows.push([e.name, f1d(median(us)), f1d(quantile(us, 0.9))]);
  }
  console.log(`\nfact extractors over the ${docs.length} fixture articles (µs/page, 5 rounds)\n`);
  console.log(table([['extractor', 'median µs', 'p90 µs'], ...rows]));
}

export default async function extractionBench(): Promise<void> {
  webEval();
  fixtures();
}
