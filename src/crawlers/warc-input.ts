import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const WARC_FILE = /\.warc(?:\.gz)?$/i;

export function isWarcPath(path: string): boolean {
  return WARC_FILE.test(path);
}

/**
 * Whether `replay` should read `path` as WARC: a .warc/.warc.gz file, or a directory holding WARC files
 * and no .html pages (a crawl's `data/` or `data/warc/`). Apart from the WARC reader, which it does not load:
 * `replay` asks before it starts its workers.
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
