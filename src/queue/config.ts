import { z } from 'zod';
import { NewsfactsError } from '../core/index.js';

/** A hash-tagged prefix (`{newsfacts}`) puts every key of every queue in one Redis Cluster slot. */
export function hashTaggedPrefix(prefix: string): string {
  if (prefix.includes(':')) throw new NewsfactsError('config', prefix, 'the queue prefix cannot contain ":"');
  return /\{[^{}]+\}/.test(prefix) ? prefix : `{${prefix}}`;
}

const Ms = z.coerce.number().int().nonnegative();
const Bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Everything the queue reads from the environment, validated once. */
export const QueueEnv = z.object({
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://'),
  NEWSFACTS_PREFIX: z.string().min(1).default('newsfacts').transform(hashTaggedPrefix),
  /** Attempts per job before it stays failed, and the first backoff delay (doubled each attempt). */
  NEWSFACTS_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  NEWSFACTS_BACKOFF_MS: Ms.default(30_000),
  /** How long a worker's lock on a job lives unrenewed, and how often stalled jobs are looked for. */
  NEWSFACTS_LOCK_DURATION_MS: Ms.default(30_000),
  NEWSFACTS_STALLED_INTERVAL_MS: Ms.default(30_000),
  /** Politeness per host, shared by every worker on this Redis: 0 turns the delay off. */
  NEWSFACTS_HOST_DELAY_MS: Ms.default(2_000),
  NEWSFACTS_HOST_CONCURRENCY: z.coerce.number().int().min(1).default(1),
  NEWSFACTS_USER_AGENT: z.string().min(1).default('newsfacts/0.1 (+https://github.com/newsfacts)'),
  NEWSFACTS_FETCH_TIMEOUT_MS: Ms.default(30_000),
  /** A Retry-After longer than this fails the job at once (no retry, no host pause); shorter ones are honoured. */
  NEWSFACTS_MAX_RETRY_AFTER_MS: Ms.default(120_000),
  /** How long a command waits to connect to Redis (and get a PING back) before it gives up. */
  NEWSFACTS_REDIS_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** Only for tests and the bench: lets jobs fetch from 127.0.0.1. */
  NEWSFACTS_ALLOW_LOOPBACK: Bool.default(false),
  /** A local mirror standing in for the real sites (`<base>/<host><path>`, as `crawl --base-url`). */
  NEWSFACTS_BASE_URL: z.url().optional(),
  /** Hosts (`name` or `name:port`) jobs may fetch besides the profiles' hosts and NEWSFACTS_BASE_URL. */
  NEWSFACTS_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)),
  /** Export jobs write only below this directory. */
  NEWSFACTS_DATA_DIR: z.string().min(1).default('data'),
  /** Where workers keep the WARC of every fetch (default `<NEWSFACTS_DATA_DIR>/warc`); `off` keeps none. */
  NEWSFACTS_WARC_DIR: z.string().min(1).optional(),
});
export type QueueEnv = z.infer<typeof QueueEnv>;

export function loadQueueEnv(env: NodeJS.ProcessEnv = process.env): QueueEnv {
  const parsed = QueueEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? 'environment';
    throw new NewsfactsError('config', where, issue?.message ?? 'invalid queue configuration');
  }
  return parsed.data;
}
