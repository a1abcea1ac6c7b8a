import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { textF1 } from '../src/facts/eval.js';
import { snapshotToArticle } from '../src/pipeline/snapshot-to-article.js';
import { profileFor } from '../src/sites/index.js';

/**
 * Every folder under test/fixtures/pages is a page in mozilla/readability's test layout: source.html,
 * source.json ({url, fetchedAt}), expected.txt (exactly Article.text), expected-metadata.json, optional
 * must-not.txt (lines that must never be in the text).
 */
const ROOT = join(import.meta.dirname, 'fixtures', 'pages');
const GENERIC_MIN_F1 = 0.95;

const ExpectedMetadata = z.object({
  url: z.string().url(),
  site: z.string(),
  lang: z.enum(['vi', 'id', 'en', 'und']),
  title: z.string(),
  publishedAt: z.string().nullable(),
  authors: z.array(z.string()),
  section: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  captions: z.array(z.string()).optional(),
  /** Present (any text) on pages that are not articles. */
  reason: z.union([z.string(), z.boolean()]).optional(),
  /** The cleaning path this page must take; by default a profile site's page takes its profile's. */
  method: z.enum(['profile', 'generic']).optional(),
});

/** source.json: the replay sidecar, so `newsfacts replay test/fixtures/pages` sees each page's URL. */
const Sidecar = z.object({ url: z.string(), fetchedAt: z.string() });

const names = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

interface Page {
  expected: z.infer<typeof ExpectedMetadata>;
  /** Which path the page must take: exact text on the profile path, token F1 on the generic one. */
  path: 'profile' | 'generic';
  text: string;
  mustNot: string[];
  sidecarUrl: string;
  fetchedAt: string;
  source: Uint8Array;
}

function readPage(name: string): Page {
  const dir = join(ROOT, name);
  const expected = ExpectedMetadata.parse(JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')));
  const sidecar = Sidecar.parse(JSON.parse(readFileSync(join(dir, 'source.json'), 'utf8')));
  const mustNotPath = join(dir, 'must-not.txt');
  return {
    expected,
    path: expected.method ?? (profileFor(expected.url) ? 'profile' : 'generic'),
    text: readFileSync(join(dir, 'expected.txt'), 'utf8').normalize('NFC').replace(/\s+$/u, ''),
    mustNot: existsSync(mustNotPath)
      ? readFileSync(mustNotPath, 'utf8').normalize('NFC').split('\n').map((l) => l.trim()).filter(Boolean)
      : [],
    sidecarUrl: sidecar.url,
    fetchedAt: sidecar.fetchedAt,
    source: new Uint8Array(readFileSync(join(dir, 'source.html'))),
  };
}

/** Generic-path F1 per fixture, printed at the end: the generic extractor changes under these pages. */
const genericScores = new Map<string, number>();
afterAll(() => {
  if (genericScores.size === 0) return;
  const lines = [...genericScores].map(([name, f1]) => `  ${f1 >= GENERIC_MIN_F1 ? 'ok  ' : 'LOW '} ${f1.toFixed(3)}  ${name}`);
  console.log(`generic-path fixtures, token F1 (min ${GENERIC_MIN_F1}):\n${lines.join('\n')}`);
});

it('finds the fixture pages', () => {
  expect(names.length).toBeGreaterThanOrEqual(2);
});

describe.each(names)('%s', (name) => {
  const page = readPage(name);
  const { expected } = page;
  let result: ReturnType<typeof snapshotToArticle> | undefined;
  // Run once, lazily: a page that crashes the pipeline fails its own tests, not the file's collection.
  const run = () => (result ??= snapshotToArticle({ url: expected.url, fetchedAt: page.fetchedAt, body: page.source }));

  it('source.json gives the same URL as expected-metadata.json', () => {
    expect(page.sidecarUrl).toBe(expected.url);
  });

  it('metadata equals expected-metadata.json', () => {
    const { article } = run();
    expect({
      site: article.site,
      lang: article.lang,
      title: article.title,
      publishedAt: article.publishedAt,
      authors: article.authors,
      section: article.section,
      canonicalUrl: article.canonicalUrl,
      reason: article.reason !== undefined,
    }).toEqual({
      site: expected.site,
      lang: expected.lang,
      title: expected.title,
      publishedAt: expected.publishedAt,
      authors: expected.authors,
      section: expected.section,
      canonicalUrl: expected.canonicalUrl,
      reason: expected.reason !== undefined && expected.reason !== false,
    });
  });

  if (page.path === 'profile') {
    it('text equals expected.txt exactly (profile path)', () => {
      const { article, method } = run();
      expect(method).toMatch(/^profile:/);
      expect(article.text).toBe(page.text);
    });
  } else {
    it(`text reaches token F1 ≥ ${GENERIC_MIN_F1} against expected.txt (generic path)`, () => {
      const { article, method } = run();
      expect(method).toBe('generic');
      const f1 = textF1(article.text, page.text);
      genericScores.set(name, f1);
      expect(f1, `${name}: generic F1 ${f1.toFixed(3)}`).toBeGreaterThanOrEqual(page.text ? GENERIC_MIN_F1 : 1);
    });
  }

  it('has no must-not line and no caption in its text', () => {
    const { article } = run();
    for (const line of page.mustNot) expect(article.text, `must-not: ${line}`).not.toContain(line);
    for (const caption of [...(expected.captions ?? []), ...article.captions]) expect(article.text).not.toContain(caption);
  });

  if (expected.captions) {
    it('lists the expected captions', () => {
      const { article } = run();
      expect(article.captions).toEqual(expect.arrayContaining(expected.captions ?? []));
    });
  }
});

