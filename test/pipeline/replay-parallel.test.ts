import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPages, type FileSnapshot } from '../../src/pipeline/dir-source.js';
import type { OutputNeeds, PageOutput } from '../../src/pipeline/page-output.js';
import { replayOutputs } from '../../src/pipeline/replay-parallel.js';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const ALL: OutputNeeds = { articles: true, facts: true, feed: true };

async function collect(it: AsyncIterable<PageOutput>): Promise<PageOutput[]> {
  const out: PageOutput[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('replay on worker threads', () => {
  it('gives the same output lines, in the same order, as the single-threaded replay', async () => {
    const listed = await listPages(PAGES);
    expect(listed.length).toBeGreaterThan(10);
    // Twice over: more pages than the threads hold at once, so batches come back while others are read.
    const pages = [...listed, ...listed];
    const one = await collect(replayOutputs(pages, 1, ALL));
    const two = await collect(replayOutputs(pages, 2, ALL));
    expect(two.map((r) => r.file)).toEqual(pages.map((p) => p.file));
    expect(one.filter((r) => r.ok && r.facts > 0).length).toBeGreaterThan(5);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 180_000);

  it('moves the bytes of pages it reads itself (a WARC\'s) to the workers, with the same output', async () => {
    const listed = (await listPages(PAGES)).slice(0, 6);
    // No path: this thread loads each page, as it does a WARC record, and the workers get the bytes.
    const inMemory: FileSnapshot[] = listed.map((p) => ({ file: p.file, warcRecordId: `<urn:uuid:${p.file}>`, load: () => p.load() }));
    const one = await collect(replayOutputs(inMemory, 1, ALL));
    const two = await collect(replayOutputs(inMemory, 2, ALL));
    expect(two.every((r) => r.ok)).toBe(true);
    const withFacts = two.find((r) => (r.feedRecords?.length ?? 0) > 0);
    expect(withFacts?.feedRecords?.[0]?.article.warcRecordId).toBe(`<urn:uuid:${withFacts?.file}>`);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  }, 180_000);

  it('makes only the outputs asked for', async () => {
    const [page] = await listPages(PAGES);
    const [r] = await collect(replayOutputs([page!], 2, { articles: false, facts: true, feed: false }));
    expect(r!.ok).toBe(true);
    expect(r!.articleLine).toBeUndefined();
    expect(r!.feedRecords).toBeUndefined();
    expect(r!.records!.length).toBe(r!.facts);
  }, 120_000);

  it('reports a page that fails to load, here or in a worker, and goes on', async () => {
    const [good] = await listPages(PAGES);
    const broken: FileSnapshot = { file: 'broken.html', load: () => Promise.reject(new Error('cannot read: EACCES')) };
    const missing: FileSnapshot = { file: 'gone.html', path: join(PAGES, 'gone.html'), load: () => Promise.reject(new Error('unused')) };
    const results = await collect(replayOutputs([broken, missing, good!], 2, ALL));
    expect(results.map((r) => [r.file, r.ok])).toEqual([['broken.html', false], ['gone.html', false], [good!.file, true]]);
    expect(results[0]).toMatchObject({ error: 'cannot read: EACCES', articleLine: '{"file":"broken.html","error":"cannot read: EACCES"}' });
    expect(results[1]!.error).toMatch(/gone\.html.*ENOENT/);
  }, 120_000);
});
