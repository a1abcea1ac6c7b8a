import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listWarcFiles, readWarc } from '../../src/crawlers/warc-reader.js';
import type { FeedRecord } from '../../src/facts/feed-record.js';
import { enqueueArticle } from '../../src/queue/queues.js';
import { openRuntime, type QueueRuntime } from '../../src/queue/runtime.js';
import { startWorkers, type WorkerGroup } from '../../src/queue/workers.js';
import { redisAvailable, reportMissingRedis, startTestRedis, testPrefix, type TestRedis } from '../support/redis-server.js';
import { articlePath, PageServer } from './support/page-server.js';
import { testQueueEnv, waitFor } from './support/queue-env.js';

reportMissingRedis();

describe.skipIf(!redisAvailable)('workers keep every fetch in a WARC', () => {
  let redis: TestRedis;
  let server: PageServer;
  let base: string;
  let dir: string;
  let rt: QueueRuntime | undefined;
  let workers: WorkerGroup | undefined;

  beforeAll(async () => {
    redis = await startTestRedis();
    server = new PageServer(2);
    base = await server.start();
    dir = await mkdtemp(join(tmpdir(), 'newsfacts-worker-warc-'));
  });
  afterAll(async () => {
    await workers?.close(true);
    await rt?.close();
    await server?.stop();
    await redis?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("an article job's page is in the worker's WARC and its feed records name that response record", async () => {
    const prefix = testPrefix();
    const env = testQueueEnv(redis.url, prefix, { NEWSFACTS_WARC_DIR: join(dir, 'warc') });
    rt = openRuntime(env);
    const url = `${base}${articlePath(0)}`;
    await enqueueArticle(rt.queues.article, url, { url });
    const done: string[] = [];
    workers = startWorkers(
      rt.processors,
      { redisUrl: env.REDIS_URL, prefix, concurrency: 1, lockDurationMs: 4000, stalledIntervalMs: 1000 },
      { completed: (_queue, job) => done.push(String(job.id)) },
    );
    await waitFor('the article job to complete', 20_000, () => (done.length > 0 ? true : undefined));
    await workers.close(true);
    workers = undefined;
    await rt.close();

    const records: FeedRecord[] = [];
    rt = openRuntime(env);
    for await (const { record } of rt.feed.read()) records.push(record);
    expect(records.length).toBeGreaterThan(0);
    const ids = new Set(records.map((r) => r.article.warcRecordId));
    expect(ids.size).toBe(1);
    const [id] = [...ids];

    const files = await listWarcFiles(join(dir, 'warc'));
    expect(files).toHaveLength(1);
    expect(files[0]?.label).toMatch(/^worker-.+\.warc\.gz$/);
    const pages = [];
    for await (const e of readWarc(files[0]!.path)) if ('snapshot' in e) pages.push(e);
    expect(pages.map((p) => [p.snapshot.url, p.recordId])).toEqual([[url, id]]);
  });
});
