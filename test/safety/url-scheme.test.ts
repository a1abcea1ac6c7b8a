import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';
import { ARTICLE_HTML } from './support/site.js';

describe('javascript:, file:, data: URLs from sidecars never reach article.url; a page id does', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scheme-'));
    const bad = {
      a: 'javascript:alert(document.cookie)',
      b: 'file:///etc/passwd',
      c: 'data:text/html,<p>x</p>',
      d: 'JavaScript:void(0)',
      e: '  javascript:alert(1)',
      f: 'java\tscript:alert(1)',
    };
    for (const [name, url] of Object.entries(bad)) {
      await writeFile(join(dir, `${name}.html`), ARTICLE_HTML);
      await writeFile(join(dir, `${name}.json`), JSON.stringify({ url, fetchedAt: '2021-07-03T00:00:00Z' }));
    }
    await writeFile(join(dir, 'g.html'), ARTICLE_HTML);
    await writeFile(join(dir, 'g.json'), JSON.stringify({ url: 'https://example.test/ok', fetchedAt: '2021-07-03T00:00:00Z' }));
    await writeFile(join(dir, 'h.html'), ARTICLE_HTML);
    await writeFile(join(dir, 'h.json'), JSON.stringify({ url: 'hard::bench-page-17.html', fetchedAt: '2021-07-03T00:00:00Z' }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replay: an error line each, naming the sidecar; the good page goes on', async () => {
    const out = join(dir, 'articles.jsonl');
    const facts = join(dir, 'facts.jsonl');
    const run = await cli(['replay', dir, '--out', out, '--facts', facts], { killAfterMs: 50_000 });
    const lines = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { url?: string; file?: string; error?: string });
    expect(lines).toHaveLength(8);
    for (const [i, name] of ['a', 'b', 'c', 'd', 'e', 'f'].entries()) {
      expect(lines[i]?.url).toBeUndefined();
      expect(lines[i]?.error).toMatch(new RegExp(`${name}\\.json: sidecar needs .*(http|control)`));
    }
    expect(lines[6]?.url).toBe('https://example.test/ok');
    // A benchmark's opaque page id is kept as the caller's key; it names no site and is never a link.
    expect(lines[7]?.url).toBe('hard::bench-page-17.html');
    const feed = await readFile(facts, 'utf8');
    expect(feed).not.toMatch(/javascript:|file:|data:/i);
    expect(run.code).not.toBeNull();
  });
});
