import { hostname } from 'node:os';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsfactsError } from '../core/index.js';
import { processAlive } from '../core/process-alive.js';

const LOCK = '.lock';

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
