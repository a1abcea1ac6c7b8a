import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadItems } from '../../scripts/held-out/statements.js';

// A held-out statement item names where its text was read: a repository file at a commit, or a stored web page.
const dir = mkdtempSync(join(tmpdir(), 'held-out-source-'));
const item = (source: object): string =>
  JSON.stringify({ id: 'x-1', lang: 'id', text: 'Budi mengatakan harga naik.', source, negative: true, statements: [] });
const load = (source: object): unknown => {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, `${item(source)}\n`);
  return loadItems(file);
};

describe('held-out statement item sources', () => {
  it('accepts a repository file at a commit', () => {
    expect(load({ repo: 'a/b', path: 'x.csv', commit: 'a'.repeat(40) })).toHaveLength(1);
  });
  it('accepts a stored page of the pages corpus named by its URL', () => {
    expect(load({ corpus: 'pages (search tool)', url: 'https://example.id/berita/1' })).toHaveLength(1);
  });
  it('refuses a source that names neither', () => {
    expect(() => load({ url: 'https://example.id/berita/1' })).toThrow();
    expect(() => load({ repo: 'a/b', path: 'x.csv', commit: 'main' })).toThrow();
  });
});
