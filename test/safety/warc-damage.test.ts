import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWarc, type WarcEntry } from '../../src/crawlers/warc-reader.js';
import { snapshotToArticle } from '../../src/pipeline/snapshot-to-article.js';

const page = (n: number) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shipment ${n}</title></head><body><article><h1>Shipment ${n}</h1>` +
  `<p>Vietnam received ${n},000 doses of vaccine from Japan on July 3, 2021, the Ministry of Health said in statement ${n}.</p></article></body></html>`;
const url = (n: number) => `https://vovworld.vn/en-US/news/shipment-${n}-${100000 + n}.vov`;

/** An HTTP response block; `eol` "\n" reproduces writers that end header lines with a bare LF (ClueWeb09). */
function http(body: Buffer, headers: Record<string, string> = {}, eol = '\r\n'): Buffer {
  const h = { 'Content-Type': 'text/html; charset=utf-8', ...headers, 'Content-Length': String(body.length) };
  const head = ['HTTP/1.1 200 OK', ...Object.entries(h).map(([k, v]) => `${k}: ${v}`)].join(eol) + eol + eol;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

function record(target: string, block: Buffer, opts: { type?: string; length?: number } = {}): Buffer {
  const head = [
    'WARC/1.0',
    `WARC-Type: ${opts.type ?? 'response'}`,
    `WARC-Target-URI: ${target}`,
    'WARC-Date: 2021-07-03T01:02:03Z',
    `WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-${String(block.length).padStart(12, '0')}>`,
    'Content-Type: application/http; msgtype=response',
    `Content-Length: ${opts.length ?? block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

const pages = (entries: WarcEntry[]) => entries.filter((e): e is Extract<WarcEntry, { snapshot: unknown }> => 'snapshot' in e);
const errors = (entries: WarcEntry[]) => entries.filter((e): e is Extract<WarcEntry, { error: string }> => 'error' in e);

async function readAll(path: string): Promise<WarcEntry[]> {
  const out: WarcEntry[] = [];
  for await (const e of readWarc(path)) out.push(e);
  return out;
}

describe('damaged WARCs and other writers\' quirks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'warc-damage-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('.warc.gz with one corrupt gzip member mid-file: every good page and one error line', async () => {
    const members = Array.from({ length: 40 }, (_, i) => gzipSync(record(url(i), http(Buffer.from(page(i))))));
    const bad = members[20]!;
    for (let k = 12; k < bad.length - 12; k += 7) bad[k] = bad[k]! ^ 0x5a;
    const path = join(dir, 'corrupt-member.warc.gz');
    await writeFile(path, Buffer.concat(members));
    const entries = await readAll(path);
    expect(pages(entries).map((p) => p.snapshot.url)).toEqual(Array.from({ length: 40 }, (_, i) => url(i)).filter((_, i) => i !== 20));
    expect(errors(entries)).toHaveLength(1);
    expect(errors(entries)[0]!.error).toMatch(/corrupt-member\.warc\.gz.*gzip member at offset \d+.*resumed/);
  });

  it('plain WARC with one wrong Content-Length: resync at the next WARC/1.0 record, with an error line', async () => {
    const records = Array.from({ length: 40 }, (_, i) => {
      const block = http(Buffer.from(page(i)));
      return record(url(i), block, i === 17 ? { length: block.length + 300 } : {});
    });
    const path = join(dir, 'wrong-length.warc');
    await writeFile(path, Buffer.concat(records));
    const entries = await readAll(path);
    expect(pages(entries).length).toBeGreaterThanOrEqual(38);
    expect(pages(entries).map((p) => p.snapshot.url)).toContain(url(39));
    expect(errors(entries)).toHaveLength(1);
    expect(errors(entries)[0]!.error).toMatch(new RegExp(`Content-Length.*${url(17).replace(/[.?]/g, '\\$&')}|${url(17).replace(/[.?]/g, '\\$&')}.*Content-Length`));
  });

  it('Brotli, bare-LF headers, and a gzip Content-Encoding on a plain body', async () => {
    const br = record(url(1), http(brotliCompressSync(Buffer.from(page(1))), { 'Content-Encoding': 'br' }));
    const lf = record(url(2), http(Buffer.from(page(2)), { Server: 'Apache' }, '\n'));
    const lied = record(url(3), http(Buffer.from(page(3)), { 'Content-Encoding': 'gzip' }));
    const path = join(dir, 'quirks.warc');
    await writeFile(path, Buffer.concat([br, lf, lied]));
    const entries = await readAll(path);
    expect(errors(entries)).toEqual([]);
    const got = pages(entries);
    expect(got).toHaveLength(3);
    for (const [i, e] of got.entries()) {
      const { article } = snapshotToArticle(e.snapshot);
      expect(article.title).toBe(`Shipment ${i + 1}`);
      expect(article.text).toContain(`${i + 1},000 doses`);
    }
  });

  it('a record cut short: its page marked partial, and an error line naming the record', async () => {
    const whole = Buffer.concat([record(url(1), http(Buffer.from(page(1)))), record(url(2), http(Buffer.from(page(2))))]);
    const path = join(dir, 'cut.warc');
    await writeFile(path, whole.subarray(0, whole.length - 60));
    const entries = await readAll(path);
    const got = pages(entries);
    expect(got.map((p) => p.snapshot.url)).toEqual([url(1), url(2)]);
    expect(got[0]!.partial).toBeUndefined();
    expect(got[1]!.partial).toBe(true);
    expect(errors(entries)).toHaveLength(1);
    expect(errors(entries)[0]!.error).toMatch(new RegExp(`cut\\.warc.*offset ${whole.indexOf('WARC/1.0', 10)}.*${url(2).replace(/[.?]/g, '\\$&')}.*cut short`));

    const gz = join(dir, 'cut.warc.gz');
    const members = Buffer.concat([gzipSync(record(url(1), http(Buffer.from(page(1))))), gzipSync(record(url(2), http(Buffer.from(page(2)))))]);
    await writeFile(gz, members.subarray(0, members.length - 40));
    const gzEntries = await readAll(gz);
    expect(pages(gzEntries).map((p) => [p.snapshot.url, p.partial ?? false])).toEqual([[url(1), false], [url(2), true]]);
    expect(errors(gzEntries)).toHaveLength(1);
    expect(errors(gzEntries)[0]!.error).toMatch(/cut short/);
  });

  it('javascript:, file:, data: targets never become pages: an error line each', async () => {
    const path = join(dir, 'schemes.warc');
    const targets = ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<p>x</p>'];
    await writeFile(path, Buffer.concat([...targets.map((t) => record(t, http(Buffer.from(page(9))))), record(url(4), http(Buffer.from(page(4))))]));
    const entries = await readAll(path);
    expect(pages(entries).map((p) => p.snapshot.url)).toEqual([url(4)]);
    expect(errors(entries)).toHaveLength(3);
    for (const e of errors(entries)) expect(e.error).toMatch(/not an http\(s\) URL/);
  });
});
