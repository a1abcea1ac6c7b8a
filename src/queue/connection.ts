import { Redis, type RedisOptions } from 'ioredis';

/** Workers need `maxRetriesPerRequest: null` so a Redis restart blocks commands instead of failing jobs. */
export function openRedis(url: string, opts: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...opts });
}

/**
 * BullMQ loses jobs when Redis evicts keys: anything but `noeviction` gets a warning (the text, or
 * undefined when all is well). Managed Redis often forbids CONFIG; then we cannot tell, and say so.
 */
export async function maxmemoryWarning(redis: Redis): Promise<string | undefined> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const policy = reply[1];
    if (policy === undefined || policy === 'noeviction') return undefined;
    return `Redis maxmemory-policy is "${policy}", not "noeviction": Redis may evict queue keys and lose jobs`;
  } catch {
    return 'cannot read Redis maxmemory-policy (CONFIG GET refused); make sure it is "noeviction"';
  }
}
