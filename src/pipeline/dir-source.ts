import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { gunzipCapped } from '../content/decode.js';
import { NewsfactsError, type SnapshotInput } from '../core/index.js';
import { PAGE } from './page-list.js';

/** Schemes a browser or the OS acts on: such a "url" would become a live link wherever the feed is shown. */
const ACTIVE_SCHEME = /^(?:javascript|vbscript|data|file|blob|filesystem|about|view-source|jar):/i;

/**
 * A web page's address, or an opaque page id a benchmark or archive gives instead ("hard::page.html", "urn:…"):
 * either becomes article.url as written, so output lines keep the caller's key. javascript:, file:, data: … are
 * refused, also after leading spaces, and so is any control character (a browser drops tabs and newlines, so
 * "java\tscript:" would be live).
 */
const PageUrl = z
  .string()
  .min(1)
  .max(4096)
  .refine((u) => !/\p{Cc}/u.test(u), 'url must have no control characters')
  .refine((u) => !ACTIVE_SCHEME.test(u.trimStart()), 'url must be an http(s) URL or a page id, not a javascript:, file: or data: URL')
  .refine((u) => !/^https?:/i.test(u) || (/^https?:\/\/[^/]/i.test(u) && URL.canParse(u)), 'an http(s) url must parse');
const Sidecar = z.object({ url: PageUrl, fetchedAt: z.iso.datetime({ offset: true }).optional() });

export { listPages, type FileSnapshot } from './page-list.js';

/**
 * Reads one page file and its optional sidecar `<name>.json` ({url, fetchedAt}). The reads are synchronous: the
 * thread that reads a page cleans it next, and one blocking read costs far less CPU than the open, stat, read and
 * close of an asynchronous one, each a trip through libuv's thread pool.
 */
export async function loadPage(path: string, label = path): Promise<SnapshotInput> {
  return Promise.resolve().then(() => readPage(path, label));
}

/** `loadPage` on this thread at once: a worker's batch runs start to end, so batches finish in the order posted. */
export function readPage(path: string, label = path): SnapshotInput {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new NewsfactsError('input', label, `cannot read: ${code}`, { cause: err });
  }
  const body = path.endsWith('.gz') ? gunzipCapped(raw, label) : raw;
  const sidecarPath = path.replace(PAGE, '.json');
  let url = `file://${label}`;
  let fetchedAt: string | undefined;
  const sidecarText = readOptional(sidecarPath);
  if (sidecarText !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(sidecarText);
    } catch {
      throw new NewsfactsError('sidecar', sidecarPath, 'sidecar is not valid JSON');
    }
    const parsed = Sidecar.safeParse(json);
    if (!parsed.success) {
      const why = parsed.error.issues[0]?.message;
      throw new NewsfactsError('sidecar', sidecarPath, `sidecar needs {url, fetchedAt?}: ${why}`);
    }
    url = parsed.data.url;
    fetchedAt = parsed.data.fetchedAt;
  }
  // Without a sidecar the file's mtime stands in, so two replays of the same files agree.
  fetchedAt ??= statSync(path).mtime.toISOString();
  return { url, fetchedAt, headers: {}, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
