import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { NewsfactsError, type SnapshotInput } from '../core/index.js';
import { parseHttpResponse } from './http-block.js';
import { warcRecords } from './warc-records.js';
import { isWarcPath } from './warc-input.js';

/** A page (`partial` when its record was cut short) or an error line. */
export type WarcEntry =
  | { file: string; snapshot: SnapshotInput; recordId?: string; partial?: boolean }
  | { file: string; error: string };

export interface ReadWarcOptions {
  /** Keep only responses whose target URL passes (e.g. `profileFor(url) !== undefined`). */
  filter?: (url: string) => boolean;
  /** Only 2xx responses with an HTML (or missing) Content-Type; default true. Robots.txt and feeds are skipped. */
  htmlOnly?: boolean;
}

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
      else if (e.isFile() && isWarcPath(e.name)) files.push(p);
    }
  }
  await walk(path);
  files.sort();
  return files.map((p) => ({ path: p, label: relative(path, p) }));
}

function isHtml(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const t = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return t === 'text/html' || t === 'application/xhtml+xml';
}

/** A target URI as writers store it: bare, or in angle brackets (WARC/1.0 grammar, older wget). */
function targetUri(raw: string | undefined): string {
  return (raw ?? '').trim().replace(/^<(.*)>$/, '$1');
}

/**
 * The HTTP(S) response records of a WARC file, or of every WARC file below a directory (sorted), as
 * Snapshots: payload decoded from any transfer/content encoding the stored headers declare, so both our
 * own WARCs and others' read the same. Damage is an error entry and reading resumes at the next record
 * (or gzip member); a record cut short gives its page with `partial` and an error entry naming it. A
 * response for another scheme than http(s) (javascript:, file:, data:) is an error entry, never a page.
 */
export async function* readWarc(path: string, opts: ReadWarcOptions = {}): AsyncGenerator<WarcEntry> {
  const htmlOnly = opts.htmlOnly ?? true;
  for (const f of await listWarcFiles(path)) {
    try {
      for await (const rec of warcRecords(f.path)) {
        const where = `${f.label}#${rec.offset}`;
        if ('error' in rec) {
          yield { file: where, error: `${f.label}: ${rec.error}` };
          continue;
        }
        if (rec.fields.get('warc-type') !== 'response') continue;
        const url = targetUri(rec.fields.get('warc-target-uri'));
        if (/^dns:/i.test(url)) continue;
        if (!/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) {
          yield { file: where, error: `${f.label}: record at offset ${rec.offset}: target ${JSON.stringify(url.slice(0, 80))} is not an http(s) URL` };
          continue;
        }
        if (opts.filter && !opts.filter(url)) continue;
        let http;
        try {
          http = parseHttpResponse(rec.block);
        } catch (err) {
          yield { file: where, error: `${f.label}: record at offset ${rec.offset} (${url}): ${(err as Error).message}` };
          continue;
        }
        if (!http) {
          if (!htmlOnly) continue;
          yield { file: where, error: `${f.label}: record at offset ${rec.offset} (${url}): no HTTP status line` };
          continue;
        }
        if (htmlOnly && (http.status < 200 || http.status > 299 || !isHtml(http.headers['content-type']))) continue;
        const headers = { ...http.headers };
        delete headers['content-encoding'];
        delete headers['transfer-encoding'];
        const date = rec.fields.get('warc-date') ?? '';
        const fetchedAt = Number.isNaN(Date.parse(date)) ? new Date(0).toISOString() : new Date(date).toISOString();
        const recordId = rec.fields.get('warc-record-id') ?? undefined;
        yield {
          file: rec.partial ? `${where} (partial)` : where,
          ...(recordId ? { recordId } : {}),
          snapshot: { url, fetchedAt, status: http.status, headers, body: new Uint8Array(http.body) },
          ...(rec.partial ? { partial: true } : {}),
        };
      }
    } catch (err) {
      yield { file: f.label, error: `${f.label}: cannot read: ${(err as Error).message}` };
    }
  }
}
