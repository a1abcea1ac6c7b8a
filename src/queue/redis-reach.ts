import { Redis } from 'ioredis';
import { NewsfactsError } from '../core/index.js';
import { loadQueueEnv, type QueueEnv } from './config.js';
import { redactCredentials, redisAddress } from './redact.js';

/**
 * Connects and PINGs within `timeoutMs` (connect, TLS, AUTH and the reply together), or throws
 * "cannot reach Redis at redis://host:port": every Redis command checks this first instead of hanging.
 */
async function assertRedisReachable(url: string, timeoutMs: number): Promise<void> {
  const address = redisAddress(url);
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  redis.on('error', () => undefined);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([redis.connect().then(() => redis.ping()), deadline]);
  } catch (err) {
    const why = redactCredentials((err as NodeJS.ErrnoException).code ?? (err as Error).message);
    const message = `cannot reach Redis at ${address} (${why})`;
    throw new NewsfactsError('redis', 'REDIS_URL', message, { retryable: true, cause: err });
  } finally {
    clearTimeout(timer);
    redis.disconnect();
  }
}

/** The queue environment, once Redis has answered: what every command that talks to Redis starts with. */
export async function loadReachableQueueEnv(env: NodeJS.ProcessEnv = process.env): Promise<QueueEnv> {
  const e = loadQueueEnv(env);
  await assertRedisReachable(e.REDIS_URL, e.NEWSFACTS_REDIS_CONNECT_TIMEOUT_MS);
  return e;
}
