import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSnapshot } from '../../src/crawlers/fetch-snapshot.js';
import { toFeedRecords } from '../../src/facts/feed-record.js';
import { snapshotToArticle } from '../../src/pipeline/snapshot-to-article.js';
import { openRedis } from '../../src/queue/connection.js';
import type { ArticleResult } from '../../src/queue/processors/article.js';
import { openQueues, type QueueSet } from '../../src/queue/queues.js';
import { RedisFeedStore } from '../../src/queue/redis-feed-store.js';
import { upsertSchedule } from '../../src/queue/schedules.js';
import { startMirror, type Mirror } from '../support/mirror/mirror-server.js';
import { mirrorPath } from '../support/mirror/mirror-site.js';
import { redisAvailable, reportMissingRedis, startTestRedis, testPrefix, type TestRedis } from '../support/redis-server.js';
import { testEnv, waitFor } from './support/queue-env.js';
import { spawnWorker, stopWorker, type WorkerProcess } from './support/worker-process.js';

reportMissingRedis();

const EDITIONS = ['vovworld-id', 'vovworld-en', 'vietnamplus-vi'];

describe.skipIf(!redisAvailable)('scheduled crawl of the local mirror by several workers', { timeout: 180_000 }, () => {
  let redis: TestRedis;
  let mirror: Mirror;
  let queues: QueueSet;
  const workers: WorkerProcess[] = [];
  const prefix = testPrefix();

  beforeAll(async () => {
    redis = await startTestRedis();
    mirror = await startMirror({ slowMs: 300, retryAfterSecs: 1 });
    queues = openQueues({ redisUrl: redis.url, prefix, attempts: 5, backoffMs: 200 });
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => stopWorker(w, 'SIGKILL')));
    await queues?.close();
    await mirror?.close();
    await redis?.stop();
  });

  it('two workers (one SIGKILLed mid-run and replaced) crawl on a schedule: every fact once, permanent faults fail at once', async () => {
    const env = testEnv(redis.url, prefix, {
      NEWSFACTS_BASE_URL: mirror.baseUrl,
      NEWSFACTS_HOST_DELAY_MS: '20',
      NEWSFACTS_BACKOFF_MS: '200',
    });
    for (const site of EDITIONS) await upsertSchedule(queues.discover, { id: `discover-${site}`, job: { site, depth: 1 }, every: 2000 });
    const start = (): WorkerProcess => {
      const w = spawnWorker(env, ['--concurrency', '3']);
      workers.push(w);
      return w;
    };
    const [w1, w2] = [start(), start()];
    await Promise.all([w1.ready, w2.ready]);
    await waitFor('some articles done', 60_000, async () => ((await queues.article.getCompletedCount()) >= 5 ? true : undefined));
    w1.proc.kill('SIGKILL');
    await w1.exited;
    const w3 = start();
    await w3.ready;

    await waitFor('two discover runs per edition', 60_000, async () => ((await queues.discover.getCompletedCount()) >= 2 * EDITIONS.length ? true : undefined));
    for (const site of EDITIONS) await queues.discover.removeJobScheduler(`discover-${site}`);
    await waitFor('the article queue to drain', 90_000, async () => {
      const c = await queues.article.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      const discoverBusy = await queues.discover.getJobCounts('waiting', 'active');
      return Object.values(c).every((n) => n === 0) && Object.values(discoverBusy).every((n) => n === 0) ? true : undefined;
    });

    const completed = (await queues.article.getCompleted(0, -1)) as Job[];
    const failed = (await queues.article.getFailed(0, -1)) as Job[];
    expect(completed.length).toBeGreaterThan(15);

    // Exactly the facts a replay of the served bytes gives, for every article that was written: by this
    // job, or by an earlier attempt of it that died (SIGKILL) after storing them ('seen-url').
    const written = completed.filter((j) => ['written', 'seen-url'].includes((j.returnvalue as ArticleResult).outcome));
    const expected: string[] = [];
    const expectedFrom = new Map<string, string>();
    for (const j of written) {
      // Jobs carry the URL the site knows; the mirror serves it under /<host><path>.
      const url = (j.data as { url: string }).url;
      const fetchUrl = `${mirror.baseUrl}${mirrorPath(url)}${new URL(url).search}`;
      const { snapshot } = await fetchSnapshot(fetchUrl, { userAgent: 'newsfacts-test', timeoutMs: 10_000, policy: { allowLoopback: true } });
      for (const r of toFeedRecords(snapshotToArticle({ ...snapshot, url, finalUrl: undefined }).article)) {
        expected.push(r.id);
        expectedFrom.set(r.id, `${j.id} ${url} -> ${r.article.url} ${JSON.stringify(j.returnvalue)}`);
      }
    }
    const redisClient = openRedis(redis.url);
    const ids: string[] = [];
    const urlOf = new Map<string, string>();
    try {
      for await (const { record } of new RedisFeedStore(redisClient, prefix).read()) {
        ids.push(record.id);
        urlOf.set(record.id, record.article.url);
      }
    } finally {
      redisClient.disconnect();
    }
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    // Two URLs with one canonical URL (the mirror's duplicate page) give the same fact ids: a set.
    const missing = [...new Set(expected)].filter((id) => !ids.includes(id)).map((id) => expectedFrom.get(id));
    expect(missing).toEqual([]);
    const extra = ids.filter((id) => !expected.includes(id)).map((id) => {
      const url = urlOf.get(id)!;
      const jobs = [...completed, ...failed].filter((j) => (j.data as { url: string }).url.includes(new URL(url).pathname));
      return `${id} ${url}: ${jobs.map((j) => `${j.id} ${JSON.stringify(j.returnvalue)} ${j.failedReason ?? ''} attempts ${j.attemptsMade}`).join(' | ')}`;
    });
    expect(extra).toEqual([]);
    expect(ids.sort()).toEqual([...new Set(expected)].sort());

    // The mirror's duplicate article (same text, other URL) is recognised by its content hash.
    expect(completed.some((j) => (j.returnvalue as ArticleResult).outcome === 'seen-content')).toBe(true);
    // Transient faults recovered; permanent ones failed on the first attempt with their reason.
    const byKind = (kind: string): string => [...mirror.site.faults].find(([, f]) => f.kind === kind)![0];
    const jobFor = (path: string): Job | undefined => [...completed, ...failed].find((j) => (j.data as { url: string }).url.endsWith(path));
    for (const kind of ['flaky-500', 'retry-after', 'slow', 'gzip', 'cp1258']) {
      expect(await jobFor(byKind(kind))?.getState(), kind).toBe('completed');
    }
    for (const [kind, reason] of [['loop', /redirect loop/], ['wrong-type', /Content-Type/], ['robots-disallowed', /robots/]] as const) {
      const job = jobFor(byKind(kind));
      expect(await job?.getState(), kind).toBe('failed');
      expect(job?.failedReason, kind).toMatch(reason);
      expect(job?.attemptsMade, kind).toBe(1);
    }
    expect(w2.proc.exitCode).toBeNull();
    expect(w3.proc.exitCode).toBeNull();
  });
});
