import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { errorMessage, isRetryable, NewsfactsError } from '../core/index.js';
import { backoffDelay } from './backoff.js';
import type { QueueName } from './names.js';
import { connectionOptions } from './queues.js';

export type Processor = (data: unknown, job: Job) => Promise<unknown>;

export interface WorkerSettings {
  redisUrl: string;
  prefix: string;
  concurrency: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
}

export interface WorkerEvents {
  completed?(queue: QueueName, job: Job, result: unknown): void;
  /** `final` is false when the job will be retried. */
  failed?(queue: QueueName, job: Job | undefined, err: Error, final: boolean): void;
  error?(queue: QueueName, err: Error): void;
}

/** Permanent errors (404, robots, not an article, bad payload) fail at once: BullMQ skips the retries. */
export function toBullError(err: unknown): unknown {
  if (isRetryable(err)) return err;
  const code = err instanceof NewsfactsError ? `[${err.code}] ` : '';
  return new UnrecoverableError(`${code}${errorMessage(err)}`);
}

function wrapProcessor(fn: Processor): (job: Job) => Promise<unknown> {
  return async (job) => {
    try {
      return await fn(job.data, job);
    } catch (err) {
      throw toBullError(err);
    }
  };
}

export interface WorkerGroup {
  workers: Worker[];
  /** Waits for the jobs in hand to finish (or, with `force`, abandons them to the stalled checker). */
  close(force?: boolean): Promise<void>;
}

export function startWorkers(
  processors: Partial<Record<QueueName, Processor>>,
  s: WorkerSettings,
  events: WorkerEvents = {},
): WorkerGroup {
  const workers: Worker[] = [];
  for (const [name, fn] of Object.entries(processors) as [QueueName, Processor][]) {
    const worker = new Worker(name, wrapProcessor(fn), {
      connection: connectionOptions(s.redisUrl),
      prefix: s.prefix,
      concurrency: s.concurrency,
      lockDuration: s.lockDurationMs,
      stalledInterval: s.stalledIntervalMs,
      maxStalledCount: 2,
      settings: {
        backoffStrategy: (attemptsMade, _type, err, job) =>
          backoffDelay(attemptsMade, Number((job?.opts.backoff as { delay?: number } | undefined)?.delay ?? 1000), err),
      },
    });
    worker.on('completed', (job, result) => events.completed?.(name, job, result));
    worker.on('failed', (job, err) => {
      const final = !job || err instanceof UnrecoverableError || err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
      events.failed?.(name, job, err, final);
    });
    worker.on('error', (err) => events.error?.(name, err));
    workers.push(worker);
  }
  return {
    workers,
    async close(force = false) {
      await Promise.all(workers.map((w) => w.close(force)));
    },
  };
}
