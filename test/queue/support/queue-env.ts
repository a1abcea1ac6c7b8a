import { loadQueueEnv, type QueueEnv } from '../../../src/queue/config.js';

/** Environment for a worker in tests: loopback allowed, short backoff and stall detection, no WARC unless asked. */
export function testEnv(redisUrl: string, prefix: string, over: Record<string, string> = {}): Record<string, string> {
  return {
    REDIS_URL: redisUrl,
    NEWSFACTS_PREFIX: prefix,
    NEWSFACTS_ALLOW_LOOPBACK: '1',
    NEWSFACTS_ALLOWED_HOSTS: '127.0.0.1',
    NEWSFACTS_ATTEMPTS: '5',
    NEWSFACTS_BACKOFF_MS: '50',
    NEWSFACTS_LOCK_DURATION_MS: '4000',
    NEWSFACTS_STALLED_INTERVAL_MS: '1000',
    NEWSFACTS_HOST_DELAY_MS: '0',
    NEWSFACTS_HOST_CONCURRENCY: '8',
    NEWSFACTS_FETCH_TIMEOUT_MS: '10000',
    NEWSFACTS_WARC_DIR: 'off',
    ...over,
  };
}

export function testQueueEnv(redisUrl: string, prefix: string, over: Record<string, string> = {}): QueueEnv {
  return loadQueueEnv(testEnv(redisUrl, prefix, over));
}

/** Polls until `check` returns a value other than undefined, or fails after `ms`. */
export async function waitFor<T>(what: string, ms: number, check: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
