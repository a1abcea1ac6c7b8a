import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/core/index.js';
import { snapshotToArticle } from '../../src/pipeline/snapshot-to-article.js';

export const FIXTURE_PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');

export interface FixturePage {
  article: Article;
  rejectedFacts: number;
  /** Lines of the fixture's must-not.txt (boilerplate that must never reach the text), NFC. */
  mustNot: string[];
}

/** A fixture page through the real pipeline (bytes → clean → extract), or null when the fixture is missing. */
export function loadFixturePage(name: string): FixturePage | null {
  const dir = join(FIXTURE_PAGES, name);
  if (!existsSync(join(dir, 'source.html'))) return null;
  const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { url: string };
  const { article, rejectedFacts } = snapshotToArticle({
    url: meta.url,
    fetchedAt: '2021-09-07T00:00:00Z',
    body: new Uint8Array(readFileSync(join(dir, 'source.html'))),
  });
  const mustNotPath = join(dir, 'must-not.txt');
  const mustNot = existsSync(mustNotPath)
    ? readFileSync(mustNotPath, 'utf8').normalize('NFC').split('\n').map((l) => l.trim()).filter(Boolean)
    : [];
  return { article, rejectedFacts, mustNot };
}
