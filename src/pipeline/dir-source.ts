import { readFileSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { gunzipCapped } from '../content/decode.js';
import { NewsfactsError, type SnapshotInput } from '../core/index.js';

/** Only a web page's address may become article.url: javascript:, file:, data: … are refused. */
const WebUrl = z.string().refine((u) => /^https?:\/\/[^/]/i.test(u) && URL.canParse(u), 'url must be an http(s) URL');
const Sidecar = z.object({ url: WebUrl, fetchedAt: z.iso.datetime({ offset: true }).optional() });

export interface FileSnapshot {
  /** Path relative to the replayed directory (or as given, for a single file). */
  file: string;
  /** The WARC-Record-ID of the response, for a page read from a WARC. */
  warcRecordId?: string | undefined;
  /** A page file on disk: where a worker thread can read it itself (`loadPage(path, file)`). */
  path?: string;
  load(): Promise<SnapshotInput>;
}

const PAGE = /\.html?(\.gz)?$/i;

/** Every .html/.html.gz below `root`, in a stable (sorted) order; each loads lazily. */
export async function listPages(root: string): Promise<FileSnapshot[]> {
  const info = await stat(root).catch((err: unknown) => {
    throw new NewsfactsError('input', root, 'no such file or directory', { cause: err });
  });
  if (info.isFile()) return [{ file: root, path: root, load: () => loadPage(root, root) }];
  const files: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && PAGE.test(e.name)) files.push(p);
    }
  }
  await walk(root);
  files.sort();
  return files.map((p) => {
    const file = relative(root, p);
    return { file, path: p, load: () => loadPage(p, file) };
  });
}

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
