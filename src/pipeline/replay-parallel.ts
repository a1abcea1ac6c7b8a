import { Piscina } from 'piscina';
import { errorMessage } from '../core/index.js';
import type { FileSnapshot } from './dir-source.js';
import type { ReplayResult } from './replay.js';

/** Pages in flight per worker thread: enough to keep every thread busy, few enough to keep memory flat. */
const WINDOW_PER_JOB = 4;
/**
 * A worker's old generation: V8 sizes it from the machine's memory and lets it grow long before collecting,
 * which, times the number of threads, is most of a replay's resident memory. A page needs a few MB.
 */
const WORKER_OLD_GENERATION_MB = 160;

/**
 * `replayPages` on `jobs` worker threads. Pages are read here, in order, and their results yielded in the
 * same order as the single-threaded replay, so the output is byte-identical; at most `jobs × 4` pages are
 * held at once.
 */
export async function* replayPagesParallel(
  pages: Iterable<FileSnapshot> | AsyncIterable<FileSnapshot>,
  jobs: number,
): AsyncGenerator<ReplayResult> {
  if (jobs <= 1) {
    // Imported here: with worker threads, this thread never loads the cleaning and extraction modules.
    const { replayPages } = await import('./replay.js');
    yield* replayPages(pages);
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
  const inFlight: Promise<ReplayResult>[] = [];
  try {
    for await (const page of pages) {
      inFlight.push(runOne(pool, page));
      if (inFlight.length >= jobs * WINDOW_PER_JOB) yield await inFlight.shift()!;
    }
    while (inFlight.length) yield await inFlight.shift()!;
  } finally {
    await Promise.allSettled(inFlight);
    await pool.destroy();
  }
}

async function runOne(pool: Piscina, page: FileSnapshot): Promise<ReplayResult> {
  try {
    const input = await page.load();
    const result = (await pool.run({ file: page.file, input })) as ReplayResult;
    return result.ok ? { ...result, warcRecordId: page.warcRecordId } : result;
  } catch (err) {
    return { file: page.file, ok: false, error: errorMessage(err) };
  }
}
