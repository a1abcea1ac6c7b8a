import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../../src/crawlers/seen-store.js';
import { toFeedRecords } from '../../src/facts/feed-record.js';
import { snapshotToArticle } from '../../src/pipeline/snapshot-to-article.js';
import { openRedis } from '../../src/queue/connection.js';
import { articleJobId } from '../../src/queue/names.js';
import { enqueueArticle, openQueues, type QueueSet } from '../../src/queue/queues.js';
import { RedisFeedStore } from '../../src/queue/redis-feed-store.js';
import { upsertSchedule } from '../../src/queue/schedules.js';
import { redisAvailable, reportMissingRedis, startTestRedis, testPrefix, type TestRedis } from '../support/redis-server.js';
import { articleHtml, articlePath, PageServer } from './support/page-server.js';
import { testEnv, waitFor } from './support/queue-env.js';
import { spawnWorker, stopWorker, type WorkerProcess } from './support/worker-process.js';

reportMissingRedis();

/** The fact ids a replay of the same page gives: what the queue must write, each once. */
function expectedIds(base: string, ns: number[]): string[] {
  return ns
    .flatMap((n) => {
      const url = `${base}${articlePath(n)}`;
      const { article } = snapshotToArticle({ url, fetchedAt: new Date().toISOString(), headers: {}, body: new TextEncoder().encode(articleHtml(n)) });
      return toFeedRecords(article).map((r) => r.id);
    })
    .sort();
}

async function feedIds(redisUrl: string, prefix: string): Promise<string[]> {
  const redis = openRedis(redisUrl);
  try {
    const store = new RedisFeedStore(redis, prefix);
    const ids: string[] = [];
    for await (const { record } of store.read()) ids.push(record.id);
    return ids.sort();
  } finally {
    redis.disconnect();
  }
}

describe.skipIf(!redisAvailable)('fault tests with real worker processes', { timeout: 120_000 }, () => {
  let redis: TestRedis;
  let server: PageServer;
  let base: string;
  const workers: WorkerProcess[] = [];
  const queueSets: QueueSet[] = [];

  beforeAll(async () => {
    redis = await startTestRedis({ aof: true, private: true });
    server = new PageServer(12);
    base = await server.start();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => stopWorker(w, 'SIGKILL')));
    await Promise.all(queueSets.splice(0).map((q) => q.close()));
    server.log.length = 0;
  });
  afterAll(async () => {
    await server?.stop();
    await redis?.stop();
  });

  function start(prefix: string, over: Record<string, string> = {}, args: string[] = []): WorkerProcess {
    const w = spawnWorker(testEnv(redis.url, prefix, over), args);
    workers.push(w);
    return w;
  }

  function queues(prefix: string): QueueSet {
    const q = openQueues({ redisUrl: redis.url, prefix, attempts: 5, backoffMs: 50 });
    queueSets.push(q);
    return q;
  }

  async function allCompleted(q: QueueSet, n: number, ms: number, workersForLog: WorkerProcess[]): Promise<void> {
    try {
      await waitFor(`${n} completed article jobs`, ms, async () => ((await q.article.getCompletedCount()) >= n ? true : undefined));
    } catch (err) {
      const counts = await q.article.getJobCounts().catch(() => ({}));
      throw new Error(`${(err as Error).message}; counts ${JSON.stringify(counts)}; worker logs:\n${workersForLog.map((w) => w.output.slice(-15).join('\n')).join('\n---\n')}`, { cause: err });
    }
  }

  it('SIGKILL a worker mid-job: another worker picks the stalled job up, facts are written once', async () => {
    const prefix = testPrefix();
    const q = queues(prefix);
    const held = articlePath(0);
    server.hold(held);
    const ns = [0, 1, 2, 3];
    for (const n of ns) {
      const url = `${base}${articlePath(n)}`;
      await enqueueArticle(q.article, canonicalizeUrl(url), { url });
    }
    const a = start(prefix, {}, ['--concurrency', '4']);
    await a.ready;
    await waitFor('worker A to be inside the held fetch', 20_000, () => (server.hits(held) >= 1 ? true : undefined));
    await waitFor('the other three jobs', 20_000, async () => ((await q.article.getCompletedCount()) >= 3 ? true : undefined));
    const heldJob = articleJobId(canonicalizeUrl(`${base}${held}`));
    expect(await (await q.article.getJob(heldJob))?.getState()).toBe('active');

    a.proc.kill('SIGKILL');
    expect(await a.exited).toBe('SIGKILL');
    server.release(held);

    const b = start(prefix, {}, ['--concurrency', '2']);
    await b.ready;
    await allCompleted(q, 4, 30_000, [b]);
    expect(server.hits(held)).toBe(2);
    const ids = await feedIds(redis.url, prefix);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(expectedIds(base, ns));
    expect(await q.article.getFailedCount()).toBe(0);
  });

  it('Redis killed and restarted (AOF, fsync always) during a run: no job and no fact lost or doubled', async () => {
    const prefix = testPrefix();
    const q = queues(prefix);
    const ns = Array.from({ length: 12 }, (_, i) => i);
    for (const n of ns) {
      const url = `${base}${articlePath(n)}`;
      await enqueueArticle(q.article, canonicalizeUrl(url), { url });
    }
    // A per-host delay stretches the run so that the restart lands in the middle of it.
    const env = { NEWSFACTS_HOST_DELAY_MS: '150' };
    const w1 = start(prefix, env, ['--concurrency', '2']);
    const w2 = start(prefix, env, ['--concurrency', '2']);
    await Promise.all([w1.ready, w2.ready]);
    await waitFor('a few completed jobs', 20_000, async () => ((await q.article.getCompletedCount()) >= 3 ? true : undefined));
    const before = await q.article.getCompletedCount();
    await redis.restart();
    await allCompleted(q, 12, 60_000, [w1, w2]);
    expect(before).toBeLessThan(12);
    expect(await q.article.getFailedCount()).toBe(0);
    const ids = await feedIds(redis.url, prefix);
    expect(ids).toEqual(expectedIds(base, ns));
    expect(w1.proc.exitCode).toBeNull();
    expect(w2.proc.exitCode).toBeNull();
  });

  it('two workers crawl the site on a schedule: no duplicate, no lost fact, and no faster on one host than one worker', async () => {
    const prefix = testPrefix();
    const q = queues(prefix);
    const delay = 250;
    const env = { NEWSFACTS_HOST_DELAY_MS: String(delay), NEWSFACTS_HOST_CONCURRENCY: '1' };
    await upsertSchedule(q.discover, { id: 'mirror', job: { site: 'vovworld-en', depth: 0, startUrls: [`${base}/list`] }, every: 1500 });
    const w1 = start(prefix, env, ['--concurrency', '3']);
    const w2 = start(prefix, env, ['--concurrency', '3']);
    await Promise.all([w1.ready, w2.ready]);
    await allCompleted(q, 12, 60_000, [w1, w2]);
    await waitFor('a second scheduled discover run', 20_000, async () => ((await q.discover.getCompletedCount()) >= 2 ? true : undefined));
    await q.discover.removeJobScheduler('mirror');

    // Both workers took part.
    const done = [w1, w2].map((w) => w.output.filter((l) => / done article /.test(l)).length);
    expect(done[0]! + done[1]!).toBe(12);
    expect(Math.min(...done)).toBeGreaterThan(0);
    // At least once: a job whose lock lapsed on a busy machine may run twice; its facts are still written once.
    for (let n = 0; n < 12; n++) expect(server.hits(articlePath(n))).toBeGreaterThanOrEqual(1);
    expect(await feedIds(redis.url, prefix)).toEqual(expectedIds(base, Array.from({ length: 12 }, (_, i) => i)));

    // Politeness shared through Redis: with one slot per host, each request starts at least `delay` after
    // the previous one ended, as with one worker (a few ms of tolerance for the two clocks: Redis and this
    // server). Without the shared limiter, two workers send pairs of requests a few ms apart.
    const starts = server.log.map((r) => r.at).sort((x, y) => x - y);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(starts.length).toBeGreaterThanOrEqual(14);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(delay - 5);
  });

  it('SIGTERM lets a worker finish the job in hand, then exit 0', async () => {
    const prefix = testPrefix();
    const q = queues(prefix);
    const held = articlePath(5);
    server.hold(held);
    const url = `${base}${held}`;
    await enqueueArticle(q.article, canonicalizeUrl(url), { url });
    const w = start(prefix);
    await w.ready;
    await waitFor('the held fetch', 20_000, () => (server.hits(held) >= 1 ? true : undefined));
    w.proc.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect(w.proc.exitCode).toBeNull();
    server.release(held);
    expect(await w.exited).toBe(0);
    expect(await (await q.article.getJob(articleJobId(canonicalizeUrl(url))))?.getState()).toBe('completed');
  });
});
