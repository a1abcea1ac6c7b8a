import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { STATUS_CODES } from 'node:http';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { NewsfactsError, type Snapshot } from '../core/index.js';
import type { Exchange } from './fetch-snapshot.js';

export interface WarcRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
}

function* once(bytes: Uint8Array): Iterable<Uint8Array> {
  yield bytes;
}

/** Header values with line breaks would break the record; folded to one line. */
function cleanHeaders(h: Record<string, string>): Array<[string, string]> {
  return Object.entries(h).map(([k, v]) => [k, v.replace(/[\r\n]+\s*/g, ' ')]);
}

/**
 * Writes WARC 1.1 files (ISO 28500) through warcio: for every fetch a response record (status line,
 * headers and the body as stored in the Snapshot, that is decoded from its Content-Encoding) and a request
 * record pointing to it with WARC-Concurrent-To; each record is its own gzip member, and a new
 * `<prefix>-<time>-<pid>-<nnnnn>.warc.gz` file starts once the current one passes `maxFileBytes`.
 */
export class WarcWriter {
  private file: { handle: FileHandle; path: string; bytes: number } | undefined;
  private seq = 0;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  readonly files: string[] = [];
  private readonly stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');

  private constructor(
    readonly dir: string,
    private readonly maxFileBytes: number,
    private readonly prefix: string,
  ) {}

  static async open(dir: string, opts: { maxFileBytes?: number; prefix?: string } = {}): Promise<WarcWriter> {
    try {
      await mkdir(dir, { recursive: true });
    } catch (err) {
      throw new NewsfactsError('warc', dir, `cannot create the WARC directory: ${(err as Error).message}`, { cause: err });
    }
    return new WarcWriter(dir, opts.maxFileBytes ?? 100 * 1024 * 1024, opts.prefix ?? 'newsfacts');
  }

  /** One fetch's exchange, recorded under the URLs the site knows (`realUrl` maps a mirror's back). */
  writeFetch(x: Exchange, realUrl: (url: string) => string = (u) => u): Promise<string> {
    const s = x.snapshot;
    const snapshot = { ...s, url: realUrl(s.url), ...(s.finalUrl ? { finalUrl: realUrl(s.finalUrl) } : {}) };
    const req = { url: snapshot.url, method: 'GET', headers: x.requestHeaders };
    return this.writeExchange(req, snapshot, { truncated: x.truncated ?? false });
  }

  /** `truncated`: only the start of the body was kept (WARC-Truncated: length). Resolves to the response's WARC-Record-ID. */
  writeExchange(req: WarcRequest, snapshot: Snapshot, opts: { truncated?: boolean } = {}): Promise<string> {
    if (this.closed) return Promise.reject(new NewsfactsError('warc', this.dir, 'WARC writer is closed'));
    const next = this.chain.then(() => this.write(req, snapshot, opts.truncated ?? false));
    this.chain = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  private async write(req: WarcRequest, snapshot: Snapshot, truncated: boolean): Promise<string> {
    const url = snapshot.finalUrl ?? snapshot.url;
    const date = snapshot.fetchedAt;
    const status = snapshot.status ?? 200;
    const response = WARCRecord.create(
      {
        url,
        date,
        type: 'response',
        warcVersion: 'WARC/1.1',
        statusline: `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd(),
        httpHeaders: cleanHeaders(snapshot.headers),
        warcHeaders: {
          ...(snapshot.finalUrl && snapshot.finalUrl !== snapshot.url ? { 'WARC-Refers-To-Target-URI': snapshot.url } : {}),
          ...(truncated ? { 'WARC-Truncated': 'length' } : {}),
        },
      },
      once(snapshot.body),
    );
    const responseId = response.warcHeader('WARC-Record-ID') ?? '';
    const u = new URL(req.url);
    const request = WARCRecord.create(
      {
        url: req.url,
        date,
        type: 'request',
        warcVersion: 'WARC/1.1',
        statusline: `${req.method} ${u.pathname}${u.search} HTTP/1.1`,
        httpHeaders: cleanHeaders(req.headers),
        warcHeaders: { 'WARC-Concurrent-To': responseId },
      },
      once(new Uint8Array()),
    );
    const bytes = Buffer.concat([
      await WARCSerializer.serialize(response, { gzip: true }),
      await WARCSerializer.serialize(request, { gzip: true }),
    ]);
    const file = await this.current(bytes.length);
    await file.handle.write(bytes);
    file.bytes += bytes.length;
    return responseId;
  }

  private async current(incoming: number): Promise<{ handle: FileHandle; path: string; bytes: number }> {
    if (this.file && this.file.bytes > 0 && this.file.bytes + incoming > this.maxFileBytes) {
      await this.file.handle.close();
      this.file = undefined;
    }
    if (!this.file) {
      const name = `${this.prefix}-${this.stamp}-${process.pid}-${String(this.seq++).padStart(5, '0')}.warc.gz`;
      const path = join(this.dir, name);
      const handle = await open(path, 'wx');
      const info = WARCRecord.createWARCInfo(
        { filename: name, warcVersion: 'WARC/1.1' },
        { software: 'newsfacts (warcio.js)', format: 'WARC File Format 1.1', conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/' },
      );
      const infoBytes = await WARCSerializer.serialize(info, { gzip: true });
      await handle.write(infoBytes);
      this.file = { handle, path, bytes: infoBytes.length };
      this.files.push(path);
    }
    return this.file;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.chain;
    if (this.file) {
      await this.file.handle.sync().catch(() => undefined);
      await this.file.handle.close();
      this.file = undefined;
    }
  }
}
