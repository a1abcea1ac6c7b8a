import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages, type FileSnapshot } from '../../src/pipeline/dir-source.js';
import { replayPagesParallel } from '../../src/pipeline/replay-parallel.js';
import { replayPages, type ReplayResult } from '../../src/pipeline/replay.js';

const PAGES = join(import.meta.dirname, '../fixtures/pages');

async function collect(it: AsyncIterable<ReplayResult>): Promise<ReplayResult[]> {
  const out: ReplayResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('replay on worker threads', () => {
  it('gives the same results, in the same order, as the single-threaded replay', async () => {
    const pages = await listPages(PAGES);
    expect(pages.length).toBeGreaterThan(10);
    const one = await collect(replayPages(pages));
    const two = await collect(replayPagesParallel(pages, 2));
    expect(two.map((r) => r.file)).toEqual(pages.map((p) => p.file));
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 120_000);

  it('reports a page that fails to load and goes on', async () => {
    const [good] = await listPages(PAGES);
    const broken: FileSnapshot = { file: 'broken.html', load: () => Promise.reject(new Error('cannot read: EACCES')) };
    const results = await collect(replayPagesParallel([broken, good!], 2));
    expect(results.map((r) => [r.file, r.ok])).toEqual([['broken.html', false], [good!.file, true]]);
    expect(results[0]).toMatchObject({ error: 'cannot read: EACCES' });
  }, 120_000);
});
