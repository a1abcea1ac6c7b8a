import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import type { Piscina } from 'piscina';

/**
 * Tasks posted to each worker thread at once: one running, one waiting in its port, so a worker never waits for
 * this thread between batches.
 */
export const TASKS_PER_WORKER = 2;
/**
 * A worker's old generation: V8 sizes it from the machine's memory and lets it grow long before collecting,
 * which, times the number of threads, is most of a replay's resident memory. A page needs a few MB.
 */
const WORKER_OLD_GENERATION_MB = 160;

/**
 * V8 optimises a function after it has run this much bytecode (V8's default is 67,584). When every core runs
 * pages, the optimising compiler's background threads take CPU from them, and each thread compiles the whole
 * pipeline again: eight times the default cut a 330-page `--jobs 2` replay's CPU by about a fifth, with the same
 * CPU per page once warm. One thread leaves the compiler a core of its own, so it keeps the default.
 */
export const SHARED_CORES_INTERRUPT_BUDGET = 540_672;

/**
 * Pages per thread below which a replay runs on this thread alone: a worker's start (loading and compiling the
 * pipeline, about a second of CPU) costs as much as some 50 pages, which a short replay never wins back.
 */
export const MIN_PAGES_PER_THREAD = 16;

/** The threads a replay of `pages` pages (unknown for WARC input) runs on, of the `jobs` asked for. */
export function threadsFor(jobs: number, pages: number | undefined): number {
  return pages !== undefined && pages < jobs * MIN_PAGES_PER_THREAD ? 1 : jobs;
}

/**
 * V8's flags for a replay on `jobs` threads (process-wide: workers started later share them). How regexps compile
 * is never changed here: `--no-regexp-tier-up` comes from the bin's shebang, as setting it at run time crashed V8.
 */
export function jitFlags(jobs: number): string[] {
  return jobs > 1 ? [`--interrupt-budget=${SHARED_CORES_INTERRUPT_BUDGET}`] : [];
}

/**
 * The `jobs` worker threads of a replay, each loading the pipeline as it starts; none for one thread (which
 * replays on itself). Either way it sets the replay's V8 flags first, before any pipeline regexp is compiled.
 * This module loads no pipeline code, and neither does the thread that posts the pages.
 */
export async function startReplayPool(jobs: number): Promise<Piscina | undefined> {
  for (const flag of jitFlags(jobs)) setFlagsFromString(flag);
  if (jobs <= 1) return undefined;
  const workerUrl = workerModule(import.meta.url);
  const execArgv = workerExecArgv(process.execArgv, workerUrl.pathname.endsWith('.ts'));
  const workers = jobs;
  // Loaded only here: a one-thread replay never starts a pool.
  const { Piscina } = await import('piscina');
  const options = {
    filename: workerUrl.href,
    name: 'replayBatch',
    maxThreads: workers,
    minThreads: workers,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    execArgv,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
  };
  let pool: Piscina;
  try {
    pool = new Piscina(options);
  } catch (err) {
    // `node --max-semi-space-size=64 newsfacts …`: V8's flags hold for the whole process (workers too), but a
    // worker refuses them in its own flags; it is started without the ones it names.
    const refused = refusedFlags(err);
    if (!refused) throw err;
    pool = new Piscina({ ...options, execArgv: execArgv.filter((a) => !refused.includes(a)) });
  }
  loaded.set(pool, Promise.all(pool.threads.map(pipelineLoaded)).then(() => undefined));
  return pool;
}

/**
 * The module a worker loads: from TypeScript sources the worker's source; compiled, the bundle `npm run build`
 * makes of it (one file: a much cheaper start), unless it is missing or older than the compiled worker (a dist/
 * rebuilt by tsc alone), whose modules are then loaded one by one.
 */
export function workerModule(poolUrl: string): URL {
  if (poolUrl.endsWith('.ts')) return new URL('./replay-worker.ts', poolUrl);
  const compiled = new URL('./replay-worker.js', poolUrl);
  const bundle = new URL('./replay-worker.bundle.js', poolUrl);
  const modified = (u: URL): number => statSync(u, { throwIfNoEntry: false })?.mtimeMs ?? Number.NaN;
  return modified(bundle) >= modified(compiled) ? bundle : compiled;
}

/**
 * A worker's node flags: the compiled CLI's workers take this process's (so `node --cpu-prof` profiles every
 * thread; V8's flags, which a worker refuses, are dropped when the pool starts: they reach the workers anyway);
 * from TypeScript sources (tests, tsx) a worker needs only tsx's loader, not the test runner's flags.
 */
export function workerExecArgv(parent: readonly string[], typescript: boolean): string[] {
  return typescript ? ['--import', 'tsx'] : [...parent];
}

/**
 * The flags a worker refused to start with (V8's and process-wide ones: Node names them in its error), or
 * undefined for any other error.
 */
export function refusedFlags(err: unknown): string[] | undefined {
  if ((err as { code?: unknown } | null)?.code !== 'ERR_WORKER_INVALID_EXEC_ARGV') return undefined;
  const named = /flags: (.+)$/s.exec((err as Error).message)?.[1];
  return named?.split(', ').filter((f) => f.length > 0);
}

/** Each pool's workers, done loading the pipeline (or gone). */
const loaded = new WeakMap<Piscina, Promise<void>>();

/** Piscina's message from a worker whose module is loaded. */
const WORKER_READY = '_WORKER_READY';

function pipelineLoaded(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      worker.off('message', onMessage);
      resolve();
    };
    const onMessage = (m: unknown): void => {
      if (typeof m === 'object' && m !== null && WORKER_READY in m) done();
    };
    worker.on('message', onMessage);
    worker.once('exit', done);
  });
}

/**
 * Stops the pool once its workers are done loading: Node 20 aborts the whole process when a worker is
 * terminated while it instantiates an ES module (a replay of no pages, or one whose input is missing).
 */
export async function stopReplayPool(pool: Piscina): Promise<void> {
  await loaded.get(pool);
  await pool.destroy();
}
