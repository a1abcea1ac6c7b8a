import type { Job } from 'bullmq';
import { QUEUE_NAMES, type QueueName } from './names.js';
import type { QueueSet } from './queues.js';

export interface FailedJobInfo {
  queue: QueueName;
  id: string;
  name: string;
  attempts: number;
  reason: string;
  failedAt: string | undefined;
  data: unknown;
}

export async function jobCounts(queues: QueueSet): Promise<Record<QueueName, Record<string, number>>> {
  const out = {} as Record<QueueName, Record<string, number>>;
  for (const name of QUEUE_NAMES) out[name] = await queues[name].getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
  return out;
}

export async function failedJobs(queues: QueueSet, limit: number, only?: QueueName): Promise<FailedJobInfo[]> {
  const out: FailedJobInfo[] = [];
  for (const name of only ? [only] : QUEUE_NAMES) {
    const jobs = (await queues[name].getFailed(0, limit - 1)) as Job[];
    for (const j of jobs) {
      out.push({
        queue: name,
        id: String(j.id),
        name: j.name,
        attempts: j.attemptsMade,
        reason: j.failedReason,
        failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : undefined,
        data: j.data,
      });
    }
  }
  return out;
}

/** Moves a failed job back to waiting, with its attempts reset; false when no failed job has that id. */
export async function retryFailed(queues: QueueSet, id: string, only?: QueueName): Promise<QueueName | undefined> {
  for (const name of only ? [only] : QUEUE_NAMES) {
    const job = (await queues[name].getJob(id)) as Job | undefined;
    if (job && (await job.getState()) === 'failed') {
      await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      return name;
    }
  }
  return undefined;
}
