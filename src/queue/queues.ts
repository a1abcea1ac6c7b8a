import { Queue, type JobsOptions } from 'bullmq';
import { articleJobId, QUEUE_NAMES, type QueueName } from './names.js';
import { ArticleJob, DiscoverJob, type DiscoverJobInput, ExportJob } from './payloads.js';
import { parsePayload } from './processors/parse-payload.js';

export interface QueueSettings {
  redisUrl: string;
  prefix: string;
  attempts: number;
  backoffMs: number;
}

const BACKOFF_TYPE = 'newsfacts';

/** Failed jobs stay (with their reason) until someone looks; completed ones are trimmed. */
function defaultJobOptions(s: Pick<QueueSettings, 'attempts' | 'backoffMs'>): JobsOptions {
  return {
    attempts: s.attempts,
    backoff: { type: BACKOFF_TYPE, delay: s.backoffMs },
    removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
    removeOnFail: false,
  };
}

export function connectionOptions(redisUrl: string): { url: string; maxRetriesPerRequest: null; connectTimeout: number } {
  return { url: redisUrl, maxRetriesPerRequest: null, connectTimeout: 5_000 };
}

export type QueueSet = Record<QueueName, Queue> & { close(): Promise<void> };

export function openQueues(s: QueueSettings, onError: (err: Error) => void = () => undefined): QueueSet {
  const make = (name: QueueName): Queue => {
    const q = new Queue(name, { connection: connectionOptions(s.redisUrl), prefix: s.prefix, defaultJobOptions: defaultJobOptions(s) });
    q.on('error', onError);
    return q;
  };
  const set = { discover: make('discover'), article: make('article'), export: make('export') };
  return {
    ...set,
    async close() {
      await Promise.all(QUEUE_NAMES.map((n) => set[n].close()));
    },
  };
}

/** One job per canonical URL: adding a URL whose job exists (waiting, active, failed...) is a no-op. */
export async function enqueueArticle(queue: Queue, canonicalUrl: string, data: ArticleJob): Promise<boolean> {
  const job = parsePayload(ArticleJob, data, 'article job');
  const jobId = articleJobId(canonicalUrl);
  if (await queue.getJob(jobId)) return false;
  await queue.add('article', job, { jobId });
  return true;
}

export async function enqueueDiscover(queue: Queue, data: DiscoverJobInput): Promise<unknown> {
  return queue.add('discover', parsePayload(DiscoverJob, data, 'discover job'));
}

export async function enqueueExport(queue: Queue, data: ExportJob): Promise<unknown> {
  return queue.add('export', parsePayload(ExportJob, data, 'export job'));
}
