import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ownKey } from './names.js';
import type { HostLimiter } from './ports.js';

/*
 * KEYS[1] next allowed start (ms), KEYS[2] zset of active slots scored by expiry.
 * ARGV: delay ms, max concurrent, slot ttl ms, slot token. Returns 0 when the slot is taken, else ms to wait.
 * Time comes from Redis, so workers on machines with skewed clocks still agree.
 */
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local delay = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[2]) then
  local first = redis.call('ZRANGE', KEYS[2], 0, 0, 'WITHSCORES')
  return math.max(10, math.min(50, tonumber(first[2]) - now))
end
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if nextAt > now then return nextAt - now end
if delay > 0 then redis.call('SET', KEYS[1], now + delay, 'PX', delay + 1000) end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[3]), ARGV[4])
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[3]) + 1000)
return 0
`;

/**
 * KEYS as ACQUIRE; ARGV: delay ms, slot token. Frees the slot and keeps the next start `delay` after this
 * request's end too, so with one slot per host the server sees starts `delay` apart however late a busy
 * worker sends its request after the grant.
 */
const RELEASE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREM', KEYS[2], ARGV[2])
local delay = tonumber(ARGV[1])
if delay > 0 and now + delay > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], now + delay, 'PX', delay + 1000)
end
return 0
`;

/** KEYS[1] next allowed start; ARGV[1] ms from now. Only ever pushes the next start later. */
const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local resume = now + tonumber(ARGV[1])
if tonumber(redis.call('GET', KEYS[1]) or '0') < resume then redis.call('SET', KEYS[1], resume, 'PX', tonumber(ARGV[1]) + 1000) end
return 0
`;

export interface RedisHostLimiterOptions {
  /** Minimum time between two request starts on one host, across all workers. */
  delayMs: number;
  /** Requests in flight on one host, across all workers. */
  maxConcurrent: number;
  /** A crashed worker's slot frees itself after this long. */
  slotTtlMs?: number;
}

/**
 * Per-host politeness shared through Redis: two workers never hit one host faster than one would. Request
 * starts are `delayMs` apart and `delayMs` after the end of the last request; at most `maxConcurrent` in
 * flight. Time comes from Redis, so workers on machines with skewed clocks agree.
 */
export class RedisHostLimiter implements HostLimiter {
  private readonly ttl: number;

  constructor(private readonly redis: Redis, private readonly prefix: string, private readonly opts: RedisHostLimiterOptions) {
    this.ttl = opts.slotTtlMs ?? 120_000;
  }

  async acquire(host: string): Promise<() => void> {
    const next = ownKey(this.prefix, 'host', host.toLowerCase(), 'next');
    const active = ownKey(this.prefix, 'host', host.toLowerCase(), 'active');
    const token = randomUUID();
    for (;;) {
      const wait = Number(await this.redis.eval(ACQUIRE, 2, next, active, this.opts.delayMs, this.opts.maxConcurrent, this.ttl, token));
      if (wait <= 0) break;
      await new Promise((r) => setTimeout(r, wait));
    }
    return () => {
      // If this is lost (Redis down), the slot expires after slotTtlMs.
      this.redis.eval(RELEASE, 2, next, active, this.opts.delayMs, token).catch(() => undefined);
    };
  }

  pause(host: string, ms: number): void {
    if (!(ms > 0)) return;
    this.redis.eval(PAUSE, 1, ownKey(this.prefix, 'host', host.toLowerCase(), 'next'), Math.round(ms)).catch(() => undefined);
  }
}
