import { Piscina } from 'piscina';
import { errorMessage } from '../core/index.js';
import type { FileSnapshot } from './dir-source.js';
import { errorOutput, type OutputNeeds, type PageOutput } from './page-output.js';
import type { WorkerPage, WorkerTask } from './replay-worker.js';

/** Pages per task at most: one message each way per batch instead of per page. */
const PAGES_PER_TASK = 4;

/** Smaller batches when there are few pages (a known count), so no thread is left with the last long batch. */
function pagesPerTask(pages: unknown, jobs: number): number {
  const count = (pages as { length?: unknown }).length;
  if (typeof count !== 'number') return PAGES_PER_TASK;
  return Math.max(1, Math.min(PAGES_PER_TASK, Math.floor(count / (jobs * 8))));
}
/** Tasks in flight per worker thread: one running, one queued, so no thread waits for the next. */
const TASKS_PER_JOB = 2;
/**
 * A worker's old generation: V8 sizes it from the machine's memory and lets it grow long before collecting,
 * which, times the number of threads, is most of a replay's resident memory. A page needs a few MB.
 */
const WORKER_OLD_GENERATION_MB = 160;

/**
 * Every page replayed and turned into its output lines, in the order given, on `jobs` worker threads (or on
 * this thread when `jobs` is 1): the output is byte-identical whatever `jobs` is. Page files are read by the
 * workers; at most `jobs × 8` pages are in flight.
 */
export async function* replayOutputs(
  pages: Iterable<FileSnapshot> | AsyncIterable<FileSnapshot>,
  jobs: number,
  needs: OutputNeeds,
): AsyncGenerator<PageOutput> {
  if (jobs <= 1) {
    // Imported here: with worker threads, this thread never loads the cleaning and extraction modules.
    const [{ replayPages }, { toPageOutput }] = await Promise.all([import('./replay.js'), import('./page-output.js')]);
    for await (const r of replayPages(pages)) yield toPageOutput(r, needs);
    return;
  }
  const workerUrl = new URL(`./replay-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  // From TypeScript sources (tests, tsx) a worker needs the same loader as this thread.
  const execArgv = workerUrl.pathname.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const pool = new Piscina({
    filename: workerUrl.href,
    maxThreads: jobs,
    minThreads: jobs,
    execArgv,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
  });
  const inFlight: Array<Promise<PageOutput[]>> = [];
  const perTask = pagesPerTask(pages, jobs);
  let batch: FileSnapshot[] = [];
  try {
    for await (const page of pages) {
      batch.push(page);
      if (batch.length < perTask) continue;
      inFlight.push(runBatch(pool, batch, needs));
      batch = [];
      if (inFlight.length >= jobs * TASKS_PER_JOB) yield* await inFlight.shift()!;
    }
    if (batch.length > 0) inFlight.push(runBatch(pool, batch, needs));
    while (inFlight.length > 0) yield* await inFlight.shift()!;
  } finally {
    await Promise.allSettled(inFlight);
    await pool.destroy();
  }
}

async function runBatch(pool: Piscina, batch: readonly FileSnapshot[], needs: OutputNeeds): Promise<PageOutput[]> {
  const transferList: ArrayBuffer[] = [];
  const pages = await Promise.all(batch.map((p) => workerPage(p, transferList)));
  try {
    return (await pool.run({ pages, needs } satisfies WorkerTask, { transferList })) as PageOutput[];
  } catch (err) {
    if (batch.length === 1) return [errorOutput(batch[0]!.file, errorMessage(err), needs)];
    // A worker that dies (out of memory on one page, say) loses its whole batch: each page then runs alone.
    return (await Promise.all(batch.map((p) => runBatch(pool, [p], needs)))).flat();
  }
}

/** A page file goes by its path (the worker reads it); other pages' bytes are copied once and moved, not cloned. */
async function workerPage(page: FileSnapshot, transferList: ArrayBuffer[]): Promise<WorkerPage> {
  const { file, warcRecordId } = page;
  if (page.path !== undefined) return { file, warcRecordId, path: page.path };
  try {
    const input = await page.load();
    const body = input.body.slice();
    transferList.push(body.buffer);
    return { file, warcRecordId, input: { ...input, body } };
  } catch (err) {
    return { file, warcRecordId, error: errorMessage(err) };
  }
}
