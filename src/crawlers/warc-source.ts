import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSnapshot } from '../pipeline/dir-source.js';
import { profileFor } from '../sites/index.js';
import { isWarcPath, readWarc } from './warc-reader.js';

/**
 * Whether `replay` should read `path` as WARC: a .warc/.warc.gz file, or a directory holding WARC files
 * and no .html pages (a crawl's `data/` or `data/warc/`).
 */
export async function isWarcInput(path: string): Promise<boolean> {
  if (isWarcPath(path)) return true;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return false;
  let warc = false;
  async function walk(dir: string): Promise<boolean> {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (await walk(join(dir, e.name))) return true;
      } else if (/\.html?(\.gz)?$/i.test(e.name)) return true;
      else if (isWarcPath(e.name)) warc = true;
    }
    return false;
  }
  const hasHtml = await walk(path);
  return warc && !hasHtml;
}

/**
 * The HTML responses of a WARC file or directory as replayable pages, read as they are consumed (a
 * Common Crawl file never sits in memory whole). `sitesOnly` keeps the pages of our profile sites.
 * `length` is unknown until the end.
 */
export function warcPages(path: string, opts: { sitesOnly?: boolean } = {}): AsyncIterable<FileSnapshot> & { length: number | undefined } {
  const filter = opts.sitesOnly ? (url: string) => profileFor(url) !== undefined : undefined;
  return {
    length: undefined,
    async *[Symbol.asyncIterator]() {
      for await (const entry of readWarc(path, filter ? { filter } : {})) {
        if ('error' in entry) {
          const { error } = entry;
          yield { file: entry.file, load: () => Promise.reject(new Error(error)) };
        } else {
          const { snapshot } = entry;
          yield { file: entry.file, warcRecordId: entry.recordId, load: () => Promise.resolve(snapshot) };
        }
      }
    },
  };
}
