import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { NewsfactsError } from '../core/errors.js';
import type { SnapshotInput } from '../core/index.js';

export interface FileSnapshot {
  /** Path relative to the replayed directory (or as given, for a single file). */
  file: string;
  /** The WARC-Record-ID of the response, for a page read from a WARC. */
  warcRecordId?: string | undefined;
  /** A page file on disk: where a worker thread can read it itself (`loadPage(path, file)`). */
  path?: string;
  load(): Promise<SnapshotInput>;
}

export const PAGE = /\.html?(\.gz)?$/i;

/** Loaded when a page is: the listing thread of `replay --jobs N` never reads a page nor loads zod and iconv. */
async function loadPage(path: string, file: string): Promise<SnapshotInput> {
  return (await import('./dir-source.js')).loadPage(path, file);
}

/**
 * Every .html/.html.gz below `root`, in a stable (sorted) order; each loads lazily. Light on purpose: `replay`
 * counts the pages before it starts its workers, so whatever this module loads delays them.
 */
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
