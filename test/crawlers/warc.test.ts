import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../src/core/index.js';
import { replayCommand } from '../../src/cli/commands/replay.js';
import { readWarc } from '../../src/crawlers/warc-reader.js';
import { WarcWriter } from '../../src/crawlers/warc-writer.js';
import { tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  tmp = await tempDir();
});
afterEach(async () => tmp.cleanup());

const snap = (i: number, extra: Partial<Snapshot> = {}): Snapshot => ({
  url: `https://vovworld.vn/id-ID/berita/a-${1000 + i}.vov`,
  fetchedAt: `2021-09-06T10:00:0${i}.000Z`,
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': '20' },
  body: new TextEncoder().encode(`<p>Việt Nam ${i}</p>`),
  ...extra,
});
const req = (s: Snapshot) => ({ url: s.url, method: 'GET', headers: { 'user-agent': 'newsfacts-test/1', accept: 'text/html' } });

async function readAll(path: string) {
  const out = [];
  for await (const e of readWarc(path)) out.push(e);
  return out;
}

describe('WarcWriter / readWarc', () => {
  it('writes request and response records per fetch and reads the responses back byte for byte', async () => {
    const w = await WarcWriter.open(join(tmp.dir, 'warc'));
    const snaps = [snap(1), snap(2, { finalUrl: 'https://vovworld.vn/id-ID/berita/b-2000.vov' })];
    for (const s of snaps) await w.writeExchange(req(s), s);
    await w.close();
    expect(w.files).toHaveLength(1);
    const text = gunzipSync(await readFile(w.files[0]!)).toString('utf8');
    expect(text.match(/^WARC-Type: (\w+)/gm)).toEqual(['WARC-Type: warcinfo', 'WARC-Type: response', 'WARC-Type: request', 'WARC-Type: response', 'WARC-Type: request']);
    expect(text).toMatch(/WARC-Concurrent-To: <urn:uuid:/);
    expect(text).toContain('user-agent: newsfacts-test/1');
    const back = await readAll(join(tmp.dir, 'warc'));
    expect(back.map((e) => ('error' in e ? e.error : e.snapshot.url))).toEqual([snaps[0]!.url, 'https://vovworld.vn/id-ID/berita/b-2000.vov']);
    const first = back[0]!;
    if ('error' in first) throw new Error(first.error);
    expect(Buffer.from(first.snapshot.body).equals(Buffer.from(snaps[0]!.body))).toBe(true);
    expect(first.snapshot.fetchedAt).toBe(snaps[0]!.fetchedAt);
    expect(first.snapshot.status).toBe(200);
    expect(first.snapshot.headers?.['content-type']).toBe('text/html; charset=utf-8');
  });

  it('rotates files by size, each starting with a warcinfo record, in a stable order', async () => {
    const w = await WarcWriter.open(join(tmp.dir, 'warc'), { maxFileBytes: 1500, prefix: 'test' });
    for (let i = 0; i < 5; i++) await w.writeExchange(req(snap(i)), snap(i));
    await w.close();
    expect(w.files.length).toBeGreaterThan(1);
    const back = await readAll(join(tmp.dir, 'warc'));
    expect(back.map((e) => ('error' in e ? e.error : e.snapshot.url))).toEqual([0, 1, 2, 3, 4].map((i) => snap(i).url));
  });

  it('reports a truncated file and goes on with the next one', async () => {
    const w = await WarcWriter.open(join(tmp.dir, 'warc'), { maxFileBytes: 1500 });
    for (let i = 0; i < 4; i++) await w.writeExchange(req(snap(i)), snap(i));
    await w.close();
    const [firstFile] = w.files;
    const raw = await readFile(firstFile!);
    await writeFile(firstFile!, raw.subarray(0, raw.length - 40));
    const back = await readAll(join(tmp.dir, 'warc'));
    const errors = back.filter((e) => 'error' in e);
    expect(errors.length).toBeGreaterThanOrEqual(1);
    expect(back.filter((e) => !('error' in e)).map((e) => ('snapshot' in e ? e.snapshot.url : ''))).toContain(snap(3).url);
  });

  it('skips non-HTML and non-2xx responses unless asked, and filters by URL', async () => {
    const w = await WarcWriter.open(join(tmp.dir, 'warc'));
    const robots = snap(0, { url: 'https://vovworld.vn/robots.txt', headers: { 'content-type': 'text/plain' } });
    const gone = snap(1, { status: 404 });
    await w.writeExchange(req(robots), robots);
    await w.writeExchange(req(gone), gone);
    await w.writeExchange(req(snap(2)), snap(2));
    await w.close();
    expect((await readAll(join(tmp.dir, 'warc'))).length).toBe(1);
    const all = [];
    for await (const e of readWarc(join(tmp.dir, 'warc'), { htmlOnly: false, filter: (u) => !u.endsWith('.txt') })) all.push(e);
    expect(all.length).toBe(2);
  });

  it('reads the records before a corrupt one in an uncompressed WARC, and does not hang on it', async () => {
    const w = await WarcWriter.open(join(tmp.dir, 'gz'));
    await w.writeExchange(req(snap(1)), snap(1));
    await w.close();
    const plain = gunzipSync(await readFile(w.files[0]!));
    const path = join(tmp.dir, 'broken.warc');
    await writeFile(path, Buffer.concat([plain, Buffer.from('WARC/1.1\r\nContent-Length: 999999\r\nWARC-Type: response\r\n\r\ngarbage')]));
    const back = await readAll(path);
    expect(back[0] && 'snapshot' in back[0] ? back[0].snapshot.url : undefined).toBe(snap(1).url);
  });

  it('replay --sites-only keeps the pages of our profile sites (a Common Crawl segment, say)', async () => {
    const w = await WarcWriter.open(join(tmp.dir, 'cc'));
    const other = snap(2, { url: 'https://news.example.invalid/2021/09/06/story.html' });
    for (const s of [snap(1), other, snap(3, { url: 'https://www.vietnamplus.vn/a-post739061.vnp' })]) await w.writeExchange(req(s), s);
    await w.close();
    const out = join(tmp.dir, 'replayed.jsonl');
    const quiet = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await replayCommand.run([w.files[0]!, '--sites-only', '--out', out, '--quiet'])).toBe(0);
    } finally {
      quiet.mockRestore();
    }
    const urls = (await readFile(out, 'utf8')).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { url: string }).url);
    expect(urls).toEqual([snap(1).url, 'https://www.vietnamplus.vn/a-post739061.vnp']);
  });
});
