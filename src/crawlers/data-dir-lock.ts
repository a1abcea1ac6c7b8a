import { hostname } from 'node:os';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { NewsfactsError } from '../core/index.js';
import { processAlive } from '../core/process-alive.js';

const LOCK = '.lock';
/** `<name>.tmp-<pid>` or `<name>.tmp-<pid>-<time>`: what our atomic writers leave when killed mid-write. */
const TMP = /\.tmp-(\d+)(?:-\d+)?$/;

interface Holder {
  pid: number;
  host: string;
  since: string;
}

function parseHolder(text: string): Holder | undefined {
  const [pid, since = '', host = ''] = text.trim().split(' ');
  const n = Number(pid);
  return Number.isInteger(n) && n > 0 ? { pid: n, since, host } : undefined;
}

/** A lock held by a process that no longer runs (on this machine) may be taken over. */
function stale(h: Holder | undefined): boolean {
  if (!h) return true;
  if (h.host && h.host !== hostname()) return false;
  return !processAlive(h.pid);
}

/**
 * Takes `<dir>/.lock` for this process: one crawl per data directory, so two crawls never both append
 * every article and fact. A lock left by a dead process is taken over. Returns the release function.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, LOCK);
  const mine = `${process.pid} ${new Date().toISOString()} ${hostname()}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(path, mine, { flag: 'wx' });
      return async () => {
        if ((await readFile(path, 'utf8').catch(() => '')) === mine) await rm(path, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new NewsfactsError('lock', path, `cannot create the lock: ${(err as Error).message}`, { cause: err });
      }
    }
    const holder = parseHolder(await readFile(path, 'utf8').catch(() => ''));
    if (!stale(holder)) {
      const where = holder?.host && holder.host !== hostname() ? ` on ${holder.host}` : '';
      throw new NewsfactsError(
        'locked',
        dir,
        `is being written by another crawl, process ${holder?.pid}${where} (since ${holder?.since}); ` +
          'wait for it or give another --out',
        { retryable: true },
      );
    }
    // Rename first: of two processes taking over the same stale lock, only one removes it.
    const grave = `${path}.stale-${process.pid}`;
    await rename(path, grave).catch(() => undefined);
    await rm(grave, { force: true });
  }
  throw new NewsfactsError('locked', dir, 'cannot take the data directory lock', { retryable: true });
}

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
