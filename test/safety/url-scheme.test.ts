import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';
import { ARTICLE_HTML } from './support/site.js';

describe('javascript:, file:, data: URLs from sidecars never reach article.url', { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scheme-'));
    const bad = { a: 'javascript:alert(document.cookie)', b: 'file:///etc/passwd', c: 'data:text/html,<p>x</p>', d: 'JavaScript:void(0)' };
    for (const [name, url] of Object.entries(bad)) {
      await writeFile(join(dir, `${name}.html`), ARTICLE_HTML);
      await writeFile(join(dir, `${name}.json`), JSON.stringify({ url, fetchedAt: '2021-07-03T00:00:00Z' }));
    }
    await writeFile(join(dir, 'e.html'), ARTICLE_HTML);
    await writeFile(join(dir, 'e.json'), JSON.stringify({ url: 'https://example.test/ok', fetchedAt: '2021-07-03T00:00:00Z' }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replay: an error line each, naming the sidecar; the good page goes on', async () => {
    const out = join(dir, 'articles.jsonl');
    const facts = join(dir, 'facts.jsonl');
    const run = await cli(['replay', dir, '--out', out, '--facts', facts], { killAfterMs: 50_000 });
    const lines = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { url?: string; file?: string; error?: string });
    expect(lines).toHaveLength(5);
    for (const [i, name] of ['a', 'b', 'c', 'd'].entries()) {
      expect(lines[i]?.url).toBeUndefined();
      expect(lines[i]?.error).toMatch(new RegExp(`${name}\\.json.*http`));
    }
    expect(lines[4]?.url).toBe('https://example.test/ok');
    const feed = await readFile(facts, 'utf8');
    expect(feed).not.toMatch(/javascript:|file:|data:/i);
    expect(run.code).not.toBeNull();
  });
});
