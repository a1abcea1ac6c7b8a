import type { Piscina } from 'piscina';
import { errorMessage } from '../core/index.js';
import type { FileSnapshot } from './dir-source.js';
import { errorOutput, type OutputNeeds, type PageOutput } from './page-output.js';
import { startReplayPool, stopReplayPool, TASKS_PER_WORKER } from './replay-pool.js';
import type { WorkerPage, WorkerTask } from './replay-worker.js';

/** Pages per task at most: one message each way per batch instead of per page. */
const PAGES_PER_TASK = 4;

/** Smaller batches when there are few pages (a known count), so no thread is left with the last long batch. */
function pagesPerTask(pages: unknown, jobs: number): number {
  const count = (pages as { length?: unknown }).length;
  if (typeof count !== 'number') return PAGES_PER_TASK;
  return Math.max(1, Math.min(PAGES_PER_TASK, Math.floor(count / (jobs * 8))));
}
/** Output slots held for the in-order writer at most, per thread: bounds the pages in memory. */
const SLOTS_PER_JOB = 8;
/** A batch's output lines in the page order, `out` once its worker is done. */
interface Slot {
  out?: PageOutput[];
  done: Promise<PageOutput[]>;
}

/**
 * Every page replayed and turned into its output lines, in the order given: on this thread for `jobs` 1, else on
 * `jobs` worker threads (`poolStarting`: a pool started before the caller loaded its own modules) while this
 * thread only lists pages, posts batches and hands their outputs on in order. The output is byte-identical
 * whatever `jobs` is. This thread never cleans a page when there are workers: a page of its own (a long one,
 * on a loaded machine) would leave the workers without their next batch and the writer waiting on it, and it
 * would load the whole pipeline once more. Page files are read by the worker that replays them.
 */
export async function* replayOutputs(
  pages: Iterable<FileSnapshot> | AsyncIterable<FileSnapshot>,
  jobs: number,
  needs: OutputNeeds,
  poolStarting?: Promise<Piscina | undefined>,
): AsyncGenerator<PageOutput> {
  if (jobs <= 1) {
    const { replayBatch } = await import('./replay-worker.js');
    for await (const page of pages) yield* replayBatch({ pages: [await workerPage(page)], needs });
    return;
  }
  const pool = await (poolStarting ?? startReplayPool(jobs));
  if (!pool) throw new Error(`a replay on ${jobs} threads needs a pool`);
  const inFlightMax = jobs * TASKS_PER_WORKER;
  const slots: Slot[] = [];
  const perTask = pagesPerTask(pages, jobs);
  let inFlight = 0;
  let batch: FileSnapshot[] = [];
  const post = (): void => {
    inFlight++;
    slots.push(slotOf(runBatch(pool, batch, needs).finally(() => inFlight--)));
    batch = [];
  };
  try {
    for await (const page of pages) {
      batch.push(page);
      if (batch.length < perTask) continue;
      while (inFlight >= inFlightMax || slots.length >= jobs * SLOTS_PER_JOB) {
        await Promise.race(slots.filter((s) => !s.out).map((s) => s.done));
        while (slots[0]?.out) yield* slots.shift()!.out!;
      }
      post();
      while (slots[0]?.out) yield* slots.shift()!.out!;
    }
    if (batch.length > 0) post();
    while (slots.length > 0) yield* await slots.shift()!.done;
  } finally {
    await Promise.allSettled(slots.map((s) => s.done));
    await stopReplayPool(pool);
  }
}

function slotOf(done: Promise<PageOutput[]>): Slot {
  const slot: Slot = { done };
  void done.then((out) => (slot.out = out));
  return slot;
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

/**
 * A page file goes by its path (the thread that replays it reads it); other pages are loaded here. For a
 * worker (`transferList`) their bytes are copied once and moved, not cloned.
 */
async function workerPage(page: FileSnapshot, transferList?: ArrayBuffer[]): Promise<WorkerPage> {
  const { file, warcRecordId } = page;
  if (page.path !== undefined) return { file, warcRecordId, path: page.path };
  try {
    const input = await page.load();
    if (!transferList) return { file, warcRecordId, input };
    const body = input.body.slice();
    transferList.push(body.buffer);
    return { file, warcRecordId, input: { ...input, body } };
  } catch (err) {
    return { file, warcRecordId, error: errorMessage(err) };
  }
}
