import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { processAlive } from './process-alive.js';

/** `<name>.tmp-<pid>` or `<name>.tmp-<pid>-<time>`: what our atomic writers leave when killed mid-write. */
const TMP = /\.tmp-(\d+)(?:-\d+)?$/;

/** Removes `*.tmp-<pid>` files of processes that no longer run, below `dir` (at most `depth` levels). */
export async function removeStaleTmpFiles(dir: string, depth = 3): Promise<string[]> {
  const removed: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory() && depth > 0) removed.push(...(await removeStaleTmpFiles(p, depth - 1)));
    else if (e.isFile() && staleTmp(e.name)) {
      await rm(p, { force: true });
      removed.push(p);
    }
  }
  return removed;
}

function staleTmp(name: string): boolean {
  const m = TMP.exec(name);
  return m !== null && Number(m[1]) !== process.pid && !processAlive(Number(m[1]));
}

/** Removes the stale temp files of one output path (`<path>.tmp-<pid>…` of dead processes). */
export async function removeStaleTmpOf(path: string): Promise<void> {
  const base = `${basename(path)}.tmp-`;
  const entries = await readdir(dirname(path)).catch(() => [] as string[]);
  for (const name of entries) {
    if (name.startsWith(base) && staleTmp(name)) await rm(join(dirname(path), name), { force: true });
  }
}
