import type { Redis } from 'ioredis';
import { ownKey } from './names.js';
import type { SeenStore } from './ports.js';

/** KEYS[1] hash content hash → canonical URL. Claimed by the first URL; the same URL may claim it again. */
const CLAIM = `
local owner = redis.call('HGET', KEYS[1], ARGV[1])
if not owner then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) return 1 end
if owner == ARGV[2] then return 1 end
return 0
`;

/** Seen canonical URLs and content hashes, shared by every worker on one Redis. */
export class RedisSeenStore implements SeenStore {
  private readonly urls: string;
  private readonly hashes: string;

  constructor(private readonly redis: Redis, prefix: string) {
    this.urls = ownKey(prefix, 'seen', 'urls');
    this.hashes = ownKey(prefix, 'seen', 'content');
  }

  async has(canonicalUrl: string): Promise<boolean> {
    return (await this.redis.sismember(this.urls, canonicalUrl)) === 1;
  }

  async hasContent(hash: string): Promise<boolean> {
    return (await this.redis.hexists(this.hashes, hash)) === 1;
  }

  async add(canonicalUrl: string, hash: string): Promise<void> {
    await this.redis.multi().sadd(this.urls, canonicalUrl).hsetnx(this.hashes, hash, canonicalUrl).exec();
  }

  /**
   * Atomically makes `canonicalUrl` the one URL whose facts stand for this content; false when another
   * URL has it. Two workers fetching one story under two URLs at once then write it once.
   */
  async claimContent(hash: string, canonicalUrl: string): Promise<boolean> {
    return Number(await this.redis.eval(CLAIM, 1, this.hashes, hash, canonicalUrl)) === 1;
  }

  /** The connection belongs to whoever opened it. */
  async close(): Promise<void> {}
}
