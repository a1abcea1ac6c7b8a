import type { Job } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FeedRecord } from '../../src/facts/feed-record.js';
import { openFeedStore } from '../../src/cli/open-feed-store.js';
import { openRedis } from '../../src/queue/connection.js';
import { failedJobs, retryFailed } from '../../src/queue/inspect.js';
import { enqueueArticle } from '../../src/queue/queues.js';
import { RedisFeedStore } from '../../src/queue/redis-feed-store.js';
import { RedisHostLimiter } from '../../src/queue/redis-host-limiter.js';
import { RedisSeenStore } from '../../src/queue/redis-seen-store.js';
import { openRuntime, type QueueRuntime } from '../../src/queue/runtime.js';
import { listSchedules, removeSchedule, upsertSchedule } from '../../src/queue/schedules.js';
import { startWorkers, type WorkerGroup } from '../../src/queue/workers.js';
import { redisAvailable, reportMissingRedis, startTestRedis, testPrefix, type TestRedis } from '../support/redis-server.js';
import { articlePath, PageServer } from './support/page-server.js';
import { testQueueEnv, waitFor } from './support/queue-env.js';

reportMissingRedis();

function record(id: string): FeedRecord {
  return { id } as FeedRecord;
}

describe.skipIf(!redisAvailable)('Redis stores', () => {
  let redis: TestRedis;
  let a: Redis;
  let b: Redis;
  let prefix: string;

  beforeAll(async () => {
    redis = await startTestRedis();
    a = openRedis(redis.url);
    b = openRedis(redis.url);
  });
  afterAll(async () => {
    a?.disconnect();
    b?.disconnect();
    await redis?.stop();
  });
  beforeEach(() => {
    prefix = testPrefix();
  });

  it('feed: appends each record id once, even from two connections at once; reads after a cursor', async () => {
    // Records are stored as given; FeedRecord.parse on read needs real records, so read back through a raw XRANGE.
    const s1 = new RedisFeedStore(a, prefix);
    const s2 = new RedisFeedStore(b, prefix);
    const batch = Array.from({ length: 50 }, (_, i) => record(`d_${i}`));
    const [r1, r2] = await Promise.all([s1.append(batch), s2.append([...batch].reverse())]);
    expect(r1.added + r2.added).toBe(50);
    expect(r1.duplicates + r2.duplicates).toBe(50);
    expect(await s1.count()).toBe(50);
    expect(await s1.append([record('d_0'), record('d_new')])).toEqual({ added: 1, duplicates: 1 });
    const stream = await a.xrange(`${prefix}:nf:feed:stream`, '-', '+');
    expect(stream).toHaveLength(51);
    expect(new Set(stream.map(([, f]) => (JSON.parse(f[1]!) as { id: string }).id)).size).toBe(51);
  });

  it('feed: read yields records after a cursor and after an ISO time', async () => {
    const runtimeEnv = testQueueEnv(redis.url, prefix);
    const rt = openRuntime(runtimeEnv);
    const server = new PageServer(2);
    const base = await server.start();
    try {
      await rt.processors.article({ url: `${base}${articlePath(0)}` }, {} as Job);
      await rt.processors.article({ url: `${base}${articlePath(1)}` }, {} as Job);
      const all: { id: string; cursor: string }[] = [];
      for await (const { record: r, cursor } of rt.feed.read()) all.push({ id: r.id, cursor });
      expect(all.length).toBeGreaterThan(2);
      expect(new Set(all.map((x) => x.id)).size).toBe(all.length);
      const after: string[] = [];
      for await (const { record: r } of rt.feed.read({ since: all[1]!.cursor })) after.push(r.id);
      expect(after).toEqual(all.slice(2).map((x) => x.id));
      const future: string[] = [];
      for await (const { record: r } of rt.feed.read({ since: new Date(Date.now() + 60_000).toISOString() })) future.push(r.id);
      expect(future).toEqual([]);
      await expect(async () => {
        for await (const _ of rt.feed.read({ since: 'yesterday' })) void _;
      }).rejects.toThrow(/cursor/);
    } finally {
      await server.stop();
      await rt.close();
    }
  });

  it('the CLI feed store is the Redis one when REDIS_URL is set, so export reads what workers wrote', async () => {
    const saved = { url: process.env.REDIS_URL, prefix: process.env.NEWSFACTS_PREFIX };
    process.env.REDIS_URL = redis.url;
    process.env.NEWSFACTS_PREFIX = prefix;
    try {
      const store = await openFeedStore();
      expect(store).toBeInstanceOf(RedisFeedStore);
      await new RedisFeedStore(a, prefix).append([record('d_cli')]);
      expect(await (store as RedisFeedStore).count()).toBe(1);
      await store.close();
    } finally {
      for (const [k, v] of [['REDIS_URL', saved.url], ['NEWSFACTS_PREFIX', saved.prefix]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });

  it('seen store is shared between connections', async () => {
    const s1 = new RedisSeenStore(a, prefix);
    const s2 = new RedisSeenStore(b, prefix);
    await s1.add('https://x.test/a', 'hash-a');
    expect(await s2.has('https://x.test/a')).toBe(true);
    expect(await s2.hasContent('hash-a')).toBe(true);
    expect(await s2.has('https://x.test/b')).toBe(false);
  });

  it('seen store: one URL claims a content hash, atomically across connections', async () => {
    const s1 = new RedisSeenStore(a, prefix);
    const s2 = new RedisSeenStore(b, prefix);
    const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? s1 : s2).claimContent('same-text', `https://x.test/${i}`)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    const winner = `https://x.test/${claims.indexOf(true)}`;
    expect(await s2.claimContent('same-text', winner)).toBe(true);
    expect(await s1.hasContent('same-text')).toBe(true);
  });

  it('host limiter: two limiters on two connections keep the delay between request starts', async () => {
    const delay = 80;
    const l1 = new RedisHostLimiter(a, prefix, { delayMs: delay, maxConcurrent: 4 });
    const l2 = new RedisHostLimiter(b, prefix, { delayMs: delay, maxConcurrent: 4 });
    const starts: number[] = [];
    const one = async (l: RedisHostLimiter): Promise<void> => {
      const release = await l.acquire('site.test:80');
      starts.push(Date.now());
      release();
    };
    await Promise.all([...Array.from({ length: 6 }, () => one(l1)), ...Array.from({ length: 6 }, () => one(l2))]);
    starts.sort((x, y) => x - y);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(delay - 10);
    // Another host is not held up by this one.
    const t0 = Date.now();
    (await l1.acquire('other.test'))();
    expect(await l1.acquire('other.test').then((r) => (r(), 'ok'))).toBe('ok');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(delay - 10);
  });

  it('host limiter: a Retry-After pause seen by one worker holds the host for all', async () => {
    const l1 = new RedisHostLimiter(a, prefix, { delayMs: 0, maxConcurrent: 4 });
    const l2 = new RedisHostLimiter(b, prefix, { delayMs: 0, maxConcurrent: 4 });
    l1.pause('paused.test', 300);
    await new Promise((r) => setTimeout(r, 20));
    const t0 = Date.now();
    (await l2.acquire('paused.test'))();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
  });

  it('host limiter: at most maxConcurrent in flight per host across limiters', async () => {
    const l1 = new RedisHostLimiter(a, prefix, { delayMs: 0, maxConcurrent: 2 });
    const l2 = new RedisHostLimiter(b, prefix, { delayMs: 0, maxConcurrent: 2 });
    let inFlight = 0;
    let peak = 0;
    const one = async (l: RedisHostLimiter): Promise<void> => {
      const release = await l.acquire('busy.test');
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 30));
      inFlight--;
      release();
    };
    await Promise.all(Array.from({ length: 10 }, (_, i) => one(i % 2 ? l1 : l2)));
    expect(peak).toBe(2);
  });
});

describe.skipIf(!redisAvailable)('queues, schedules and failures on Redis', () => {
  let redis: TestRedis;
  let server: PageServer;
  let base: string;
  let prefix: string;
  let rt: QueueRuntime;
  let workers: WorkerGroup | undefined;
  const events: { queue: string; id: string; final?: boolean; kind: 'completed' | 'failed'; reason?: string }[] = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    server = new PageServer(6);
    base = await server.start();
  });
  afterAll(async () => {
    await server?.stop();
    await redis?.stop();
  });
  beforeEach(async () => {
    await workers?.close(true);
    workers = undefined;
    if (rt) await rt.close();
    prefix = testPrefix();
    rt = openRuntime(testQueueEnv(redis.url, prefix));
    events.length = 0;
    server.log.length = 0;
  });
  afterAll(async () => {
    await workers?.close(true);
    await rt?.close();
  });

  function work(): WorkerGroup {
    const env = testQueueEnv(redis.url, prefix);
    workers = startWorkers(
      rt.processors,
      { redisUrl: env.REDIS_URL, prefix, concurrency: 2, lockDurationMs: env.NEWSFACTS_LOCK_DURATION_MS, stalledIntervalMs: env.NEWSFACTS_STALLED_INTERVAL_MS },
      {
        completed: (queue, job) => events.push({ queue, id: String(job.id), kind: 'completed' }),
        failed: (queue, job, err, final) => events.push({ queue, id: String(job?.id), kind: 'failed', final, reason: err.message }),
      },
    );
    return workers;
  }

  it('enqueueing the same URL twice (even spelled differently) makes one job', async () => {
    const url = `${base}${articlePath(0)}`;
    expect(await enqueueArticle(rt.queues.article, url, { url })).toBe(true);
    expect(await enqueueArticle(rt.queues.article, url, { url })).toBe(false);
    await rt.processors.discover({ site: 'vovworld-en', startUrls: [`${base}/list`, `${base}/list#again`] }, {} as Job);
    const counts = await rt.queues.article.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
    expect(counts.waiting).toBe(6);
  });

  it('a site that answers 500 three times then 200: retried with backoff, facts written once', async () => {
    const path = articlePath(1);
    server.failFirst(path, 3, 500);
    const url = `${base}${path}`;
    await enqueueArticle(rt.queues.article, url, { url });
    work();
    const done = await waitFor('the job to complete', 20_000, () => events.find((e) => e.kind === 'completed'));
    const failures = events.filter((e) => e.kind === 'failed');
    expect(failures).toHaveLength(3);
    expect(failures.every((f) => f.final === false)).toBe(true);
    expect(server.hits(path)).toBe(4);
    const job = await rt.queues.article.getJob(done.id);
    expect(await job?.getState()).toBe('completed');
    expect(job?.returnvalue).toMatchObject({ outcome: 'written' });
    expect(await rt.feed.count()).toBe((job?.returnvalue as { added: number }).added);
  });

  it('permanent errors fail at once, keep their reason, and can be retried by id', async () => {
    const missing = `${base}/news/gone-999999.html`;
    const notArticle = `${base}/about`;
    await enqueueArticle(rt.queues.article, missing, { url: missing });
    await enqueueArticle(rt.queues.article, notArticle, { url: notArticle });
    work();
    await waitFor('two failures', 20_000, () => (events.filter((e) => e.kind === 'failed').length >= 2 ? true : undefined));
    expect(events.filter((e) => e.kind === 'failed').every((e) => e.final)).toBe(true);
    expect(server.hits('/news/gone-999999.html')).toBe(1);
    const failed = await failedJobs(rt.queues, 10);
    expect(failed).toHaveLength(2);
    expect(failed.map((f) => f.attempts)).toEqual([1, 1]);
    expect(failed.map((f) => f.reason).sort()).toEqual([expect.stringMatching(/HTTP 404/), expect.stringMatching(/not an article/)].sort());
    const id = failed.find((f) => /404/.test(f.reason))!.id;
    expect(await retryFailed(rt.queues, id)).toBe('article');
    await waitFor('the retried job to fail again', 20_000, () => (server.hits('/news/gone-999999.html') >= 2 ? true : undefined));
    expect(await retryFailed(rt.queues, 'article-nope')).toBeUndefined();
  });

  it('schedules: upsert, list and remove Job Schedulers; an every-schedule runs discover jobs', async () => {
    await upsertSchedule(rt.queues.discover, { id: 'discover-vovworld-vi', job: { site: 'vovworld-vi', depth: 0 }, cron: '0 */2 * * *', tz: 'Asia/Ho_Chi_Minh' });
    await upsertSchedule(rt.queues.discover, { id: 'mirror', job: { site: 'vovworld-en', depth: 0, startUrls: [`${base}/list`] }, every: 1000 });
    const list = await listSchedules(rt.queues.discover);
    expect(list.map((s) => s.id).sort()).toEqual(['discover-vovworld-vi', 'mirror']);
    const cron = list.find((s) => s.id === 'discover-vovworld-vi')!;
    expect(cron).toMatchObject({ cron: '0 */2 * * *', tz: 'Asia/Ho_Chi_Minh', site: 'vovworld-vi' });
    expect(Date.parse(cron.next!)).toBeGreaterThan(Date.now());
    // Upserting again replaces, it does not add.
    await upsertSchedule(rt.queues.discover, { id: 'discover-vovworld-vi', job: { site: 'vovworld-vi', depth: 0 }, cron: '0 */3 * * *' });
    expect(await rt.queues.discover.getJobSchedulersCount()).toBe(2);
    expect(await removeSchedule(rt.queues.discover, 'discover-vovworld-vi')).toBe(true);

    const w = work();
    void w;
    await waitFor('two scheduled discover runs', 20_000, () =>
      events.filter((e) => e.queue === 'discover' && e.kind === 'completed').length >= 2 ? true : undefined,
    );
    await waitFor('all six articles', 20_000, () =>
      events.filter((e) => e.queue === 'article' && e.kind === 'completed').length >= 6 ? true : undefined,
    );
    expect(await removeSchedule(rt.queues.discover, 'mirror')).toBe(true);
    expect(await listSchedules(rt.queues.discover)).toEqual([]);
    const ids: string[] = [];
    for await (const { record: r } of rt.feed.read()) ids.push(r.id);
    expect(ids.length).toBeGreaterThan(6);
    expect(new Set(ids).size).toBe(ids.length);
    for (let n = 0; n < 6; n++) expect(server.hits(articlePath(n))).toBe(1);
  });
});
