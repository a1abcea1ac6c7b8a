import type { QueueEnv } from '../queue/config.js';
import type { QueueSet } from '../queue/queues.js';

/**
 * The queues of REDIS_URL for a CLI command, after checking that Redis answers (else a clear error, exit 1).
 * BullMQ is loaded here, so commands that do not use the queues never pay for it.
 */
export async function openCliQueues(): Promise<{ env: QueueEnv; queues: QueueSet }> {
  const [{ loadReachableQueueEnv }, { openQueues }] = await Promise.all([
    import('../queue/redis-reach.js'),
    import('../queue/queues.js'),
  ]);
  const env = await loadReachableQueueEnv();
  const queues = openQueues({
    redisUrl: env.REDIS_URL,
    prefix: env.NEWSFACTS_PREFIX,
    attempts: env.NEWSFACTS_ATTEMPTS,
    backoffMs: env.NEWSFACTS_BACKOFF_MS,
  });
  return { env, queues };
}
