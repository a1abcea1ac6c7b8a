/**
 * The public sets of earlier rounds: mozilla/readability's test pages, flairNLP/fundus's publisher test pages and
 * trafilatura's evaluation pages minus the 330 of web-eval. Split by the SHA-1 of the page URL.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { z } from 'zod';
import { type BuiltPage, declaredUrl, fileName, Mirror, splitOf } from './mirror.js';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, dd, dt, figcaption';

/** Text of an HTML fragment, one paragraph per innermost block. */
function blockText(html: string): string {
  const $ = cheerio.load(html);
  const out: string[] = [];
  $(BLOCKS).each((_, el) => {
    if ($(el).find(BLOCKS).length > 0) return;
    const t = $(el).text().replace(/\s+/gu, ' ').trim();
    if (t !== '') out.push(t);
  });
  return out.join('\n\n');
}

export function buildReadability(mirrors: string): BuiltPage[] {
  const m = new Mirror(mirrors, 'mozilla/readability');
  const names = new Set(m.list('test/test-pages').map((p) => p.split('/')[2] ?? ''));
  const pages: BuiltPage[] = [];
  for (const name of [...names].filter((n) => n !== '')) {
    const dir = `test/test-pages/${name}`;
    const metaJson: unknown = JSON.parse(m.read(`${dir}/expected-metadata.json`).toString('utf8'));
    const meta = z.object({ title: z.string().nullish() }).parse(metaJson);
    const body = blockText(m.read(`${dir}/expected.html`).toString('utf8'));
    if (body.length < 300) continue;
    const expected = meta.title ? `${meta.title}\n\n${body}` : body;
    const url = `http://fakehost/test/${name}/page.html`;
    const row = { id: name, url, file: fileName(name), expected, source: m.source(`${dir}/source.html`) };
    pages.push({ row, split: splitOf(url), bytes: m.read(`${dir}/source.html`) });
  }
  return pages;
}

const FundusArticle = z.object({
  title: z.string().nullish(),
  body: z.object({
    summary: z.array(z.string()).default([]),
    sections: z.array(z.object({ headline: z.array(z.string()).default([]), paragraphs: z.array(z.string()) })),
  }),
});

function fundusText(json: Buffer): string | undefined {
  const versions = Object.values(z.record(z.string(), z.unknown()).parse(JSON.parse(json.toString('utf8'))));
  const parsed = FundusArticle.safeParse(versions.at(-1));
  if (!parsed.success) return undefined;
  const a = parsed.data;
  const parts = [a.title ?? '', ...a.body.summary, ...a.body.sections.flatMap((s) => [...s.headline, ...s.paragraphs])];
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

export function buildFundus(mirrors: string): BuiltPage[] {
  const m = new Mirror(mirrors, 'flairNLP/fundus');
  const all = m.list('tests/resources/parser/test_data');
  const pages: BuiltPage[] = [];
  for (const json of all.filter((p) => p.endsWith('.json') && !/\/(vn|id)\//u.test(p))) {
    const stem = json.replace(/\.json$/u, '_');
    const htmls = all.filter((p) => p.startsWith(stem) && p.endsWith('.html.gz'));
    const expected = fundusText(m.read(json));
    if (htmls.length !== 1 || htmls[0] === undefined || expected === undefined) continue;
    const bytes = gunzipSync(m.read(htmls[0]));
    const id = htmls[0].split('/').slice(-2).join('-').replace(/\.html\.gz$/u, '');
    const url = declaredUrl(bytes.toString('latin1')) ?? `https://${id}.invalid/`;
    const row = { id, url, file: fileName(id), expected, source: m.source(htmls[0]) };
    pages.push({ row, split: splitOf(url), bytes });
  }
  return pages;
}

const EvalData = z.record(
  z.string(),
  z.object({ file: z.string(), with: z.array(z.string()).default([]), without: z.array(z.string()).default([]) }),
);

/** URLs of the web-eval pages (sidecars `NNNN.json`; a `hard::FILE` URL names trafilatura's file). */
function webEvalKeys(webEval: string): Set<string> {
  const keys = new Set<string>();
  if (!existsSync(webEval)) return keys;
  for (const f of readdirSync(webEval).filter((n) => n.endsWith('.json'))) {
    const url = z.object({ url: z.string() }).parse(JSON.parse(readFileSync(join(webEval, f), 'utf8'))).url;
    keys.add(url.replace(/^hard::/u, ''));
  }
  return keys;
}

export function buildTrafilaturaRest(mirrors: string, webEval: string): BuiltPage[] {
  const m = new Mirror(mirrors, 'adbar/trafilatura');
  const data = EvalData.parse(JSON.parse(m.read('tests/evaldata.json').toString('utf8')));
  const have = new Set([...m.list('tests/eval'), ...m.list('tests/cache')]);
  const skip = webEvalKeys(webEval);
  const pages: BuiltPage[] = [];
  for (const [url, item] of Object.entries(data)) {
    if (skip.has(url) || skip.has(item.file)) continue;
    const path = [`tests/eval/${item.file}`, `tests/cache/${item.file}`].find((p) => have.has(p));
    if (path === undefined) continue;
    const id = item.file.replace(/\.html?$/u, '');
    const pageUrl = /^https?:\/\//u.test(url) ? url : `http://trafilatura.invalid/${encodeURIComponent(item.file)}`;
    const { with: withs, without } = item;
    const row = { id, url: pageUrl, file: fileName(id), with: withs, without, source: m.source(path) };
    pages.push({ row, split: splitOf(url), bytes: m.read(path) });
  }
  return pages;
}
