import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { NewsfactsError } from '../core/index.js';
import { crawlEdition, profileHosts } from '../crawlers/crawl-plan.js';
import { parseFeedDocument } from '../crawlers/discover.js';
import { readPage } from '../crawlers/read-page.js';
import { fetchSnapshot, type FetchOptions } from '../crawlers/fetch-snapshot.js';
import { checkFetchable, loopbackPortsOf, type UrlPolicy } from '../crawlers/url-policy.js';
import { MirrorMap } from '../crawlers/mirror-map.js';
import { RobotsCache } from '../crawlers/robots.js';
import { canonicalizeUrl, contentHash } from '../crawlers/seen-store.js';
import { toFeedRecords } from '../facts/feed-record.js';
import type { QueueEnv } from './config.js';
import { openRedis } from './connection.js';
import type { QueueName } from './names.js';
import { processArticle, storeArticle, type ArticleDeps } from './processors/article.js';
import { processDiscover, type DiscoverDeps } from './processors/discover.js';
import { processExport } from './processors/export.js';
import { JobWarc } from './job-warc.js';
import { enqueueArticle, openQueues, type QueueSet } from './queues.js';
import { RedisFeedStore } from './redis-feed-store.js';
import { RedisHostLimiter } from './redis-host-limiter.js';
import { RedisSeenStore } from './redis-seen-store.js';
import type { FetchPage } from './ports.js';
import type { Processor } from './workers.js';

export interface QueueRuntime {
  redis: Redis;
  queues: QueueSet;
  feed: RedisFeedStore;
  seen: RedisSeenStore;
  processors: Record<QueueName, Processor>;
  close(): Promise<void>;
}

/** Robots.txt that cannot be read (5xx, network) is a reason to come back later, not to give up. */
function robotsCheck(robots: RobotsCache): (url: string) => Promise<boolean> {
  return async (url) => {
    if (await robots.isAllowed(url)) return true;
    const why = await robots.explain(url);
    if (why.startsWith('robots.txt unreachable')) throw new NewsfactsError('robots-unreachable', url, why, { retryable: true });
    return false;
  };
}

/**
 * What jobs may fetch: the profiles' hosts, the mirror and NEWSFACTS_ALLOWED_HOSTS; loopback (when allowed)
 * only on the ports named there (a loopback entry without a port allows every port). A job's URL comes
 * from whoever can write to Redis.
 */
function jobUrlPolicy(env: QueueEnv): UrlPolicy {
  const extra = env.NEWSFACTS_ALLOWED_HOSTS.map((h) => new URL(`http://${h}`));
  const base = env.NEWSFACTS_BASE_URL ? new URL(env.NEWSFACTS_BASE_URL) : undefined;
  const anyLoopbackPort = extra.some((u) => !u.port && loopbackPortsOf([u.href]).length > 0);
  const hosts = [...profileHosts(), ...extra.map((u) => u.hostname), ...(base ? [base.hostname] : [])];
  return {
    allowedHosts: [...new Set(hosts.map((h) => h.replace(/^\[|\]$/g, '').toLowerCase()))],
    allowLoopback: env.NEWSFACTS_ALLOW_LOOPBACK,
    ...(anyLoopbackPort ? {} : { loopbackPorts: loopbackPortsOf([...extra.map((u) => u.href), base?.href]) }),
  };
}

/** Told of every page fetch (for metrics); politeness waits are not part of `seconds`. */
export type FetchObserver = (kind: 'article' | 'discover', seconds: number, ok: boolean) => void;

function observed(kind: 'article' | 'discover', fetch: FetchPage, observe: FetchObserver | undefined): FetchPage {
  if (!observe) return fetch;
  return async (url) => {
    const started = performance.now();
    try {
      const snapshot = await fetch(url);
      observe(kind, (performance.now() - started) / 1000, true);
      return snapshot;
    } catch (err) {
      observe(kind, (performance.now() - started) / 1000, false);
      throw err;
    }
  };
}

/** Every long-lived resource a worker needs, created in one place and closed together. */
export function openRuntime(env: QueueEnv, onError: (err: Error) => void = () => undefined, onFetch?: FetchObserver): QueueRuntime {
  const redis = openRedis(env.REDIS_URL);
  redis.on('error', onError);
  const prefix = env.NEWSFACTS_PREFIX;
  const queues = openQueues(
    { redisUrl: env.REDIS_URL, prefix, attempts: env.NEWSFACTS_ATTEMPTS, backoffMs: env.NEWSFACTS_BACKOFF_MS },
    onError,
  );
  const limiter = new RedisHostLimiter(redis, prefix, { delayMs: env.NEWSFACTS_HOST_DELAY_MS, maxConcurrent: env.NEWSFACTS_HOST_CONCURRENCY });
  const fetchOpts: FetchOptions = {
    userAgent: env.NEWSFACTS_USER_AGENT,
    timeoutMs: env.NEWSFACTS_FETCH_TIMEOUT_MS,
    policy: jobUrlPolicy(env),
  };
  const checkUrl = (url: string): void => void checkFetchable(url, fetchOpts.policy);
  const robots = new RobotsCache(fetchOpts, { limiter });
  const isAllowed = robotsCheck(robots);
  const mirror = env.NEWSFACTS_BASE_URL ? new MirrorMap(env.NEWSFACTS_BASE_URL, profileHosts()) : undefined;
  const toFetch = mirror ? { toFetch: (url: string) => mirror.toFetch(url) } : {};
  const warcDir = env.NEWSFACTS_WARC_DIR ?? join(env.NEWSFACTS_DATA_DIR, 'warc');
  const warc = warcDir === 'off' ? undefined : new JobWarc(warcDir, (u) => mirror?.toReal(u) ?? u);
  const fetchWith = (opts: FetchOptions): FetchPage =>
    warc ? warc.fetcher(opts) : async (url) => (await fetchSnapshot(url, opts)).snapshot;
  const seen = new RedisSeenStore(redis, prefix);
  const feed = new RedisFeedStore(redis, prefix);

  const article: ArticleDeps = {
    fetch: observed('article', fetchWith(fetchOpts), onFetch),
    checkUrl,
    maxRetryAfterMs: env.NEWSFACTS_MAX_RETRY_AFTER_MS,
    isAllowed,
    limiter,
    seen,
    feed,
    toRecords: (a, provenance) => toFeedRecords(a, undefined, provenance),
    canonicalize: canonicalizeUrl,
    contentHash,
    readPage: (snapshot) => readPage(snapshot),
    ...toFetch,
  };
  const discover: DiscoverDeps = {
    edition: crawlEdition,
    fetch: observed('discover', fetchWith({ ...fetchOpts, accept: 'any' }), onFetch),
    checkUrl,
    isAllowed,
    limiter,
    seen,
    canonicalize: canonicalizeUrl,
    readPage,
    parseFeed: parseFeedDocument,
    sitemaps: (url) => robots.sitemaps(url),
    storeArticle: (url, a, warcRecordId) => storeArticle(url, a, article, warcRecordId),
    ...toFetch,
    async enqueueArticles(jobs) {
      let added = 0;
      for (const j of jobs) if (await enqueueArticle(queues.article, canonicalizeUrl(j.url), j)) added++;
      return added;
    },
  };

  return {
    redis,
    queues,
    feed,
    seen,
    processors: {
      discover: (data) => processDiscover(data, discover),
      article: (data) => processArticle(data, article),
      export: (data) => processExport(data, { feed, dataDir: env.NEWSFACTS_DATA_DIR }),
    },
    async close() {
      await queues.close();
      await warc?.close();
      redis.disconnect();
    },
  };
}
