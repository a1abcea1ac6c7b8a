import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQueues, type QueueSet } from '../../src/queue/queues.js';
import {
  redisAvailable,
  reportMissingRedis,
  startTestRedis,
  testPrefix,
  type TestRedis,
} from '../support/redis-server.js';
import { articlePath, PageServer } from './support/page-server.js';
import { testEnv, waitFor } from './support/queue-env.js';
import { spawnWorker, stopWorker, type WorkerProcess } from './support/worker-process.js';

reportMissingRedis();

/** The value of one sample of a Prometheus text exposition: `newsfacts_jobs_completed_total{queue="article"}`. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe.skipIf(!redisAvailable)('worker --metrics-port', { timeout: 120_000 }, () => {
  let redis: TestRedis;
  let site: PageServer;
  let queues: QueueSet;
  let worker: WorkerProcess | undefined;
  const prefix = testPrefix();

  beforeAll(async () => {
    redis = await startTestRedis();
    site = new PageServer(3);
    await site.start();
    queues = openQueues({ redisUrl: redis.url, prefix, attempts: 1, backoffMs: 10 });
  });
  afterAll(async () => {
    if (worker) await stopWorker(worker, 'SIGKILL');
    await queues?.close();
    await site?.stop();
    await redis?.stop();
  });

  it('serves /healthz and /metrics: jobs by queue and outcome, fetch latency, facts written, Redis up', async () => {
    worker = spawnWorker(testEnv(redis.url, prefix, { NEWSFACTS_ATTEMPTS: '1' }), [
      '--queues',
      'article',
      '--metrics-port',
      '0',
    ]);
    await worker.ready;
    const base = await waitFor('the metrics address', 10_000, () =>
      worker!.output.map((l) => /metrics on (http:\/\/127\.0\.0\.1:\d+)\/metrics/.exec(l)?.[1]).find(Boolean),
    );

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', redis: true });

    await queues.article.add('article', { url: `${site.url}${articlePath(1)}` }, { jobId: 'a-ok' });
    await queues.article.add('article', { url: `${site.url}/missing-page.html` }, { jobId: 'a-404' });
    const text = await waitFor('both jobs in /metrics', 30_000, async () => {
      const t = await (await fetch(`${base}/metrics`)).text();
      return sample(t, 'newsfacts_jobs_completed_total', '{queue="article"}') === 1 &&
        sample(t, 'newsfacts_jobs_failed_total', '{queue="article",final="true"}') === 1
        ? t
        : undefined;
    });
    expect(sample(text, 'newsfacts_facts_written_total')).toBeGreaterThan(0);
    expect(sample(text, 'newsfacts_fetch_duration_seconds_count', '{kind="article",outcome="ok"}')).toBe(1);
    expect(sample(text, 'newsfacts_fetch_duration_seconds_count', '{kind="article",outcome="error"}')).toBe(1);
    expect(sample(text, 'newsfacts_redis_up')).toBe(1);
    expect(sample(text, 'newsfacts_jobs_completed_total', '{queue="discover"}')).toBe(0);

    // Redis gone: the probe says so (503) and the gauge drops to 0; the worker keeps serving.
    await redis.kill();
    const down = await waitFor('/healthz to fail', 15_000, async () => {
      const r = await fetch(`${base}/healthz`);
      return r.status === 503 ? r : undefined;
    });
    expect(await down.json()).toMatchObject({ redis: false });
    expect(sample(await (await fetch(`${base}/metrics`)).text(), 'newsfacts_redis_up')).toBe(0);
    await redis.start();
    await waitFor('/healthz to recover', 30_000, async () =>
      (await fetch(`${base}/healthz`)).status === 200 ? true : undefined,
    );
  });
});
