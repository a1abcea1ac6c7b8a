import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { MIN_PAGES_PER_THREAD, refusedFlags, threadsFor, workerExecArgv, workerModule } from '../../src/pipeline/replay-pool.js';
import { replayBatch } from '../../src/pipeline/replay-worker.js';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const NEEDS = { articles: true, facts: false, feed: false };

describe('replay pool', () => {
  it('runs a short replay on this thread alone, a long one or WARC input (no count) on the threads asked for', () => {
    expect(threadsFor(2, 2 * MIN_PAGES_PER_THREAD - 1)).toBe(1);
    expect(threadsFor(2, 2 * MIN_PAGES_PER_THREAD)).toBe(2);
    expect(threadsFor(2, undefined)).toBe(2);
    expect(threadsFor(1, 10_000)).toBe(1);
  });

  it('gives compiled workers this process\'s node flags, and TypeScript workers only the tsx loader', () => {
    expect(workerExecArgv(['--cpu-prof', '--max-semi-space-size=16'], false)).toEqual(['--cpu-prof', '--max-semi-space-size=16']);
    expect(workerExecArgv(['--conditions', 'vitest'], true)).toEqual(['--import', 'tsx']);
  });

  it('starts compiled workers from the bundle, unless tsc rebuilt dist/ after it; TypeScript workers from the source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsfacts-pool-'));
    try {
      const pool = pathToFileURL(join(dir, 'replay-pool.js')).href;
      const name = (u: URL): string => u.pathname.split('/').pop()!;
      writeFileSync(join(dir, 'replay-worker.js'), '');
      expect(name(workerModule(pool))).toBe('replay-worker.js');
      writeFileSync(join(dir, 'replay-worker.bundle.js'), '');
      utimesSync(join(dir, 'replay-worker.js'), 1000, 1000);
      expect(name(workerModule(pool))).toBe('replay-worker.bundle.js');
      utimesSync(join(dir, 'replay-worker.bundle.js'), 500, 500);
      expect(name(workerModule(pool))).toBe('replay-worker.js');
      expect(name(workerModule(pathToFileURL(join(dir, 'replay-pool.ts')).href))).toBe('replay-worker.ts');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the V8 flags a worker refuses (`node --max-semi-space-size=16 … --jobs 2` must still start its pool)', () => {
    let thrown: unknown;
    try {
      void new Worker('', { eval: true, execArgv: ['--max-semi-space-size=16', '--single-threaded-gc', '--no-warnings'] }).terminate();
    } catch (err) {
      thrown = err;
    }
    expect(refusedFlags(thrown)).toEqual(['--max-semi-space-size=16', '--single-threaded-gc']);
    expect(refusedFlags(new Error('flags: --x'))).toBeUndefined();
  });

  it('runs a batch to its end at once (no promise), so a worker finishes its batches in the order posted', () => {
    const out = replayBatch({ pages: [{ file: 'gone.html', path: join(PAGES, 'gone.html') }, { file: 'x', error: 'unread' }], needs: NEEDS });
    expect(out).toBeInstanceOf(Array);
    expect(out.map((o) => [o.file, o.ok])).toEqual([['gone.html', false], ['x', false]]);
    expect(out[0]!.error).toMatch(/gone\.html.*ENOENT/);
  });
});
