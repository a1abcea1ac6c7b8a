import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { WARCParser } from 'warcio';
import { NewsfactsError, type SnapshotInput } from '../core/index.js';

export type WarcEntry = { file: string; snapshot: SnapshotInput; recordId?: string } | { file: string; error: string };

export interface ReadWarcOptions {
  /** Keep only responses whose target URL passes (e.g. `profileFor(url) !== undefined`). */
  filter?: (url: string) => boolean;
  /** Only 2xx responses with an HTML (or missing) Content-Type; default true. Robots.txt and feeds are skipped. */
  htmlOnly?: boolean;
}

const WARC_FILE = /\.warc(?:\.gz)?$/i;

/** The .warc/.warc.gz files of `path` (itself, or everything below a directory), sorted. */
export async function listWarcFiles(path: string): Promise<Array<{ path: string; label: string }>> {
  const info = await stat(path).catch((err: unknown) => {
    throw new NewsfactsError('input', path, 'no such file or directory', { cause: err });
  });
  if (info.isFile()) return [{ path, label: path }];
  const files: string[] = [];
  async function walk(dir: string): Promise<void> {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && WARC_FILE.test(e.name)) files.push(p);
    }
  }
  await walk(path);
  files.sort();
  return files.map((p) => ({ path: p, label: relative(path, p) }));
}

export function isWarcPath(path: string): boolean {
  return WARC_FILE.test(path);
}

function isHtml(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const t = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return t === 'text/html' || t === 'application/xhtml+xml';
}

/**
 * The HTTP(S) response records of a WARC file, or of every WARC file below a directory (sorted), as
 * Snapshots: payload decoded from any transfer/content encoding the stored headers declare, so both our own
 * WARCs and others' (Common Crawl) read the same. A corrupt record or a truncated gzip yields an error entry;
 * reading then goes on with the next file.
 */
export async function* readWarc(path: string, opts: ReadWarcOptions = {}): AsyncGenerator<WarcEntry> {
  const htmlOnly = opts.htmlOnly ?? true;
  for (const f of await listWarcFiles(path)) {
    const parser = new WARCParser(createReadStream(f.path));
    let offset = 0;
    try {
      for await (const record of parser) {
        offset = parser.offset;
        // warcio's own skip of an unread record never settles when the record is cut short: read it instead.
        const skip = async (): Promise<void> => void (await record.readFully(false));
        const url = record.warcTargetURI ?? '';
        if (record.warcType !== 'response' || !/^https?:\/\//i.test(url) || (opts.filter && !opts.filter(url))) {
          await skip();
          continue;
        }
        const info = record.getResponseInfo();
        const status = Number(info?.status ?? 0);
        const headers: Record<string, string> = {};
        if (info) for (const [k, v] of info.headers as Iterable<[string, string]>) headers[k.toLowerCase()] = v;
        if (htmlOnly && (status < 200 || status > 299 || !isHtml(headers['content-type']))) {
          await skip();
          continue;
        }
        const body = await record.readFully(true);
        delete headers['content-encoding'];
        delete headers['transfer-encoding'];
        const date = record.warcDate ?? '';
        const fetchedAt = Number.isNaN(Date.parse(date)) ? new Date(0).toISOString() : new Date(date).toISOString();
        const recordId = record.warcHeader('WARC-Record-ID') ?? undefined;
        yield {
          file: `${f.label}#${offset}`,
          ...(recordId ? { recordId } : {}),
          snapshot: { url, fetchedAt, ...(status ? { status } : {}), headers, body: new Uint8Array(body) },
        };
      }
    } catch (err) {
      yield { file: `${f.label}#${offset}`, error: `${f.label}: corrupt or truncated WARC after offset ${offset}: ${(err as Error).message}` };
      continue;
    }
    // warcio stops quietly at a gzip member cut short; zlib does not.
    if (/\.gz$/i.test(f.path)) {
      const problem = await gzipProblem(f.path);
      if (problem) yield { file: f.label, error: `${f.label}: truncated or corrupt gzip (${problem}); records before the damage were read` };
    }
  }
}

async function gzipProblem(path: string): Promise<string | undefined> {
  try {
    await pipeline(createReadStream(path), createGunzip(), new Writable({ write: (_c, _e, cb) => cb() }));
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}
