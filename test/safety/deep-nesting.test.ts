import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli.js';
import { ARTICLE_HTML } from './support/site.js';

const N = 100_000;
const SENTENCE = 'Vietnam received 1,200,000 doses of AstraZeneca vaccine from Japan on July 3, 2021, the Ministry of Health said.';
const deep = (tag: string) => `<!doctype html><html lang="en"><head><title>Deep</title></head><body>${`<${tag}>`.repeat(N)}<p>${SENTENCE}</p>${`</${tag}>`.repeat(N)}</body></html>`;

describe('100,000 nested elements', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deep-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replay: no stack overflow, the batch goes on past the deep page; any error line names the file', async () => {
    await writeFile(join(dir, 'a-deep.html'), deep('div'));
    await writeFile(join(dir, 'b-good.html'), ARTICLE_HTML);
    const out = join(dir, 'articles.jsonl');
    const run = await cli(['replay', dir, '--out', out], { killAfterMs: 100_000 });
    expect(run.stderr).not.toMatch(/Maximum call stack/);
    const lines = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { file?: string; error?: string; text?: string });
    expect(lines).toHaveLength(2);
    for (const l of lines) if (l.error) expect(l.error).toMatch(/a-deep\.html/);
    expect(lines[1]?.text).toContain('1,200,000 doses');
    // The deep page is read (as an article or as a page without main text), or its error names it.
    expect(lines[0]?.file ?? lines[0]?.error).toMatch(/a-deep\.html/);
  });
});
