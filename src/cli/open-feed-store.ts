import { FileFeedStore, type FeedStore } from '../facts/feed-store.js';

/**
 * The feed store the CLI uses: the embedded file store under `data/feed/` (a crawl's `<out>/feed/`, or
 * `--feed DIR`), unless the environment names another backend.
 */
export async function openFeedStore(opts: { dir?: string; defaultDir?: string } = {}): Promise<FeedStore> {
  // Other backends (REDIS_URL → the Redis store) branch here, before the embedded default.
  if (process.env.REDIS_URL && opts.dir === undefined && process.env.NEWSFACTS_FEED_DIR === undefined) {
    const { loadReachableQueueEnv } = await import('../queue/redis-reach.js');
    const { openRedisFeedStore } = await import('../queue/redis-feed-store.js');
    const env = await loadReachableQueueEnv();
    return openRedisFeedStore(env.REDIS_URL, env.NEWSFACTS_PREFIX);
  }
  return FileFeedStore.open(opts.dir ?? process.env.NEWSFACTS_FEED_DIR ?? opts.defaultDir ?? 'data/feed');
}
