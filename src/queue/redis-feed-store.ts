import type { Redis } from 'ioredis';
import { NewsfactsError } from '../core/index.js';
import { FeedRecord } from '../facts/feed-record.js';
import { isoSince, type FeedStore } from '../facts/feed-store.js';
import { openRedis } from './connection.js';
import { ownKey } from './names.js';
import { redactCredentials, redisAddress } from './redact.js';

/*
 * KEYS[1] hash record id → stream id, KEYS[2] the stream. ARGV: id1, json1, id2, json2, ...
 * One script, so two workers appending the same record at once still add it once.
 */
const APPEND = `
local added = 0
for i = 1, #ARGV, 2 do
  if redis.call('HEXISTS', KEYS[1], ARGV[i]) == 0 then
    local sid = redis.call('XADD', KEYS[2], '*', 'r', ARGV[i + 1])
    redis.call('HSET', KEYS[1], ARGV[i], sid)
    added = added + 1
  end
end
return added
`;

const PAGE = 500;
const STREAM_ID = /^\d+-\d+$/;

/** XRANGE start for records after `since`: a cursor (stream id) or an ISO time (stream ids are epoch ms). */
function startAfter(since: string | undefined): string {
  if (since === undefined || since === '') return '-';
  if (STREAM_ID.test(since)) return `(${since}`;
  const ms = isoSince(since);
  if (ms === undefined) throw new NewsfactsError('since', since, 'expected a cursor printed by `newsfacts export` (like 1700000000000-0) or an ISO time');
  return `${ms + 1}-0`;
}

/**
 * The facts feed in Redis: an append-only stream, idempotent by record id. A cursor is the stream id of
 * the last record read, so `read({since})` resumes exactly after it, from any machine.
 */
export class RedisFeedStore implements FeedStore {
  private readonly ids: string;
  private readonly stream: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly ownsConnection = false,
  ) {
    this.ids = ownKey(prefix, 'feed', 'ids');
    this.stream = ownKey(prefix, 'feed', 'stream');
  }

  async append(records: FeedRecord[]): Promise<{ added: number; duplicates: number }> {
    if (records.length === 0) return { added: 0, duplicates: 0 };
    const args = records.flatMap((r) => [r.id, JSON.stringify(r)]);
    const added = Number(await this.redis.eval(APPEND, 2, this.ids, this.stream, ...args));
    return { added, duplicates: records.length - added };
  }

  async *read(opts: { since?: string } = {}): AsyncIterable<{ record: FeedRecord; cursor: string }> {
    let start = startAfter(opts.since);
    for (;;) {
      const page = (await this.redis.xrange(this.stream, start, '+', 'COUNT', PAGE)) as [string, string[]][];
      for (const [sid, fields] of page) {
        const json = fields[fields.indexOf('r') + 1];
        if (json === undefined) continue;
        yield { record: FeedRecord.parse(JSON.parse(json)), cursor: sid };
      }
      const last = page.at(-1);
      if (!last || page.length < PAGE) return;
      start = `(${last[0]}`;
    }
  }

  async count(): Promise<number> {
    return this.redis.hlen(this.ids);
  }

  /** Closes the connection only when the store opened it itself. */
  async close(): Promise<void> {
    if (this.ownsConnection) await this.redis.quit().catch(() => undefined);
  }
}

/** A feed store with its own connection, for the CLI (`export` reads the same place the workers write). */
export async function openRedisFeedStore(redisUrl: string, prefix: string): Promise<RedisFeedStore> {
  const redis = openRedis(redisUrl, { maxRetriesPerRequest: 3 });
  redis.on('error', () => undefined);
  try {
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    throw new NewsfactsError('redis', redisAddress(redisUrl), `cannot reach Redis: ${redactCredentials((err as Error).message)}`, { retryable: true, cause: err });
  }
  return new RedisFeedStore(redis, prefix, true);
}
