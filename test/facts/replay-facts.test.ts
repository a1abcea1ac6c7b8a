import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { replayCommand } from '../../src/cli/commands/replay.js';
import { WarcWriter } from '../../src/crawlers/warc-writer.js';
import { FeedRecord, toFeedRecords } from '../../src/facts/feed-record.js';
import { loadPage } from '../../src/pipeline/dir-source.js';
import { snapshotToArticle } from '../../src/pipeline/snapshot-to-article.js';

const FIXTURES = new URL('../fixtures/pages/', import.meta.url).pathname;

async function replayFacts(dir: string, out: string): Promise<string> {
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    expect(await replayCommand.run([dir, '--facts', out, '--quiet'])).toBe(0);
    expect(stdout).not.toHaveBeenCalled();
  } finally {
    err.mockRestore();
    stdout.mockRestore();
  }
  return readFile(out, 'utf8');
}

// Each test replays the fixture pages several times: generous limits for a loaded CI machine.
describe('replay --facts', { timeout: 120_000 }, () => {
  let tmp: string;
  let copyA: string;
  let copyB: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'replay-facts-'));
    copyA = join(tmp, 'a');
    copyB = join(tmp, 'b');
    await cp(FIXTURES, copyA, { recursive: true });
    await cp(FIXTURES, copyB, { recursive: true });
    // Another copy, another time: nothing time-dependent may reach a record.
    for (const name of await readdir(copyB)) {
      await utimes(join(copyB, name, 'source.html'), new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z')).catch(() => undefined);
    }
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('is byte-identical on two runs and on a copy with other file times', async () => {
    const first = await replayFacts(copyA, join(tmp, 'f1.jsonl'));
    const second = await replayFacts(copyA, join(tmp, 'f2.jsonl'));
    const copy = await replayFacts(copyB, join(tmp, 'f3.jsonl'));
    expect(second).toBe(first);
    expect(copy).toBe(first);
    expect(await readFile(join(tmp, 'f2.rejects.jsonl'), 'utf8')).toBe(await readFile(join(tmp, 'f1.rejects.jsonl'), 'utf8'));
    expect((await readdir(tmp)).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('writes valid records, each id once, grouped by page in file order and in text order within a page', async () => {
    const lines = (await replayFacts(copyA, join(tmp, 'f4.jsonl'))).split('\n').filter(Boolean);
    const records = lines.map((l) => FeedRecord.parse(JSON.parse(l)));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const urls = [...new Set(records.map((r) => r.article.url))];
    for (const url of urls) {
      const mine = records.filter((r) => r.article.url === url);
      const first = records.findIndex((r) => r.article.url === url);
      expect(records.slice(first, first + mine.length)).toEqual(mine);
      expect(mine.map((r) => r.start)).toEqual([...mine.map((r) => r.start)].sort((a, b) => a - b));
    }
  });

  it('gives the ids a crawl of the same pages gives', async () => {
    const dir = join(tmp, 'crawl');
    await cp(FIXTURES, dir, { recursive: true });
    const expected: string[] = [];
    for (const name of (await readdir(dir)).sort()) {
      const meta = JSON.parse(await readFile(join(dir, name, 'expected-metadata.json'), 'utf8').catch(() => '{}')) as { url?: string };
      if (!meta.url) continue;
      await writeFile(join(dir, name, 'source.json'), JSON.stringify({ url: meta.url }));
      // What a crawler does with the bytes it fetched from that URL.
      const snap = await loadPage(join(dir, name, 'source.html'));
      const { article } = snapshotToArticle({ ...snap, url: meta.url, fetchedAt: new Date().toISOString() });
      expected.push(...toFeedRecords(article).map((r) => r.id));
    }
    const replayed = (await replayFacts(dir, join(tmp, 'f5.jsonl'))).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
    expect(replayed).toEqual([...new Set(expected)]);
  });

  it('replays a WARC of the same pages byte-identically, with the ids of the directory replay', async () => {
    const dir = join(tmp, 'warc-src');
    await cp(FIXTURES, dir, { recursive: true });
    const warc = await WarcWriter.open(join(tmp, 'warc'));
    for (const name of (await readdir(dir)).sort()) {
      const meta = JSON.parse(await readFile(join(dir, name, 'expected-metadata.json'), 'utf8').catch(() => '{}')) as { url?: string };
      if (!meta.url) continue;
      await writeFile(join(dir, name, 'source.json'), JSON.stringify({ url: meta.url }));
      const body = await readFile(join(dir, name, 'source.html'));
      await warc.writeExchange(
        { url: meta.url, method: 'GET', headers: {} },
        { url: meta.url, fetchedAt: new Date().toISOString(), status: 200, headers: { 'content-type': 'text/html' }, body: new Uint8Array(body) },
      );
    }
    await warc.close();
    const first = await replayFacts(join(tmp, 'warc'), join(tmp, 'w1.jsonl'));
    const second = await replayFacts(join(tmp, 'warc'), join(tmp, 'w2.jsonl'));
    expect(second).toBe(first);
    const ids = (text: string) => new Set(text.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id));
    expect(ids(first)).toEqual(ids(await replayFacts(dir, join(tmp, 'w3.jsonl'))));
  });

  it('goes on past a truncated gzip page: the other pages still give their facts', async () => {
    const dir = join(tmp, 'bad');
    await cp(join(FIXTURES, 'vietnamplus-vi-ngoai-giao-vaccine'), join(dir, 'good'), { recursive: true });
    await writeFile(join(dir, 'good', 'source.json'), JSON.stringify({ url: 'https://www.vietnamplus.vn/x-post1.vnp' }));
    const gz = gzipSync(await readFile(join(FIXTURES, 'vietnamplus-vi-ngoai-giao-vaccine', 'source.html')));
    await writeFile(join(dir, 'broken.html.gz'), gz.subarray(0, gz.length >> 1));
    const good = await replayFacts(join(dir, 'good'), join(tmp, 'good.jsonl'));
    expect(await replayFacts(dir, join(tmp, 'with-bad.jsonl'))).toBe(good);
  });

  it('fails clearly on an unwritable output path and leaves nothing behind', async () => {
    const blocker = join(tmp, 'file-not-dir');
    await writeFile(blocker, 'x');
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await expect(replayCommand.run([copyA, '--facts', join(blocker, 'facts.jsonl'), '--quiet'])).rejects.toThrow(/file-not-dir\/facts\.jsonl/);
    } finally {
      err.mockRestore();
    }
  });
});
