import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsfactsError } from '../../src/core/index.js';
import { toFeedRecords } from '../../src/facts/feed-record.js';
import { processExport } from '../../src/queue/processors/export.js';
import { enqueueArticle, enqueueDiscover, enqueueExport, openQueues, type QueueSet } from '../../src/queue/queues.js';
import { makeArticle } from '../facts/make-article.js';
import { redisAvailable, reportMissingRedis, startTestRedis, testPrefix, type TestRedis } from '../support/redis-server.js';
import { MemoryFeedStore } from '../queue/support/memory-feed-store.js';
import { articlePath, PageServer } from '../queue/support/page-server.js';
import { testEnv, waitFor } from '../queue/support/queue-env.js';
import { spawnWorker, stopWorker, type WorkerProcess } from '../queue/support/worker-process.js';

reportMissingRedis();

async function feedWithRecords(): Promise<MemoryFeedStore> {
  const feed = new MemoryFeedStore();
  const a = makeArticle(['Tiêu đề', 'Có 2 triệu liều.'], [{ type: 'dose', span: '2 triệu liều', value: 2e6 }]);
  await feed.append(toFeedRecords(a));
  return feed;
}

describe('export job `out`: confined to the data directory', () => {
  let root: string;
  let data: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'export-out-'));
    data = join(root, 'data');
    await mkdir(data);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes a relative path below the data directory', async () => {
    const feed = await feedWithRecords();
    const r = await processExport({ out: 'exports/facts.jsonl' }, { feed, dataDir: data });
    expect(r.records).toBe(1);
    expect((await readFile(join(data, 'exports', 'facts.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(1);
    // ours: a second export may replace it
    expect((await processExport({ out: 'exports/facts.jsonl' }, { feed, dataDir: data })).records).toBe(1);
  });

  for (const out of ['/tmp/owned.jsonl', '../outside.jsonl', 'exports/../../outside.jsonl', 'a/../../b.jsonl', 'exports/\0x']) {
    it(`refuses ${JSON.stringify(out)}, not retryable, and writes nothing outside`, async () => {
      const feed = await feedWithRecords();
      const err = await processExport({ out }, { feed, dataDir: data }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NewsfactsError);
      expect((err as NewsfactsError).retryable).toBe(false);
      await expect(readFile(join(root, 'outside.jsonl'))).rejects.toThrow();
      await expect(readFile(join(root, 'b.jsonl'))).rejects.toThrow();
    });
  }

  it('never overwrites a file that is not an export, nor follows a symlink out', async () => {
    const feed = await feedWithRecords();
    await writeFile(join(data, 'notes.txt'), 'keep me\n');
    const err = await processExport({ out: 'notes.txt' }, { feed, dataDir: data }).catch((e: unknown) => e);
    expect((err as NewsfactsError).retryable).toBe(false);
    expect(await readFile(join(data, 'notes.txt'), 'utf8')).toBe('keep me\n');
    await writeFile(join(root, 'victim.jsonl'), 'precious\n');
    await symlink(join(root, 'victim.jsonl'), join(data, 'link.jsonl'));
    await expect(processExport({ out: 'link.jsonl' }, { feed, dataDir: data })).rejects.toThrow(NewsfactsError);
    await symlink(root, join(data, 'up'));
    await expect(processExport({ out: 'up/victim.jsonl' }, { feed, dataDir: data })).rejects.toThrow(NewsfactsError);
    expect(await readFile(join(root, 'victim.jsonl'), 'utf8')).toBe('precious\n');
  });
});

describe.skipIf(!redisAvailable)('article and discover jobs: only allowed hosts, refused at once', { timeout: 120_000 }, () => {
  let redis: TestRedis;
  let mirror: PageServer;
  let other: PageServer;
  let queues: QueueSet;
  let worker: WorkerProcess;
  const prefix = testPrefix();

  beforeAll(async () => {
    redis = await startTestRedis();
    mirror = new PageServer(3);
    other = new PageServer(3);
    await mirror.start();
    await other.start();
    queues = openQueues({ redisUrl: redis.url, prefix, attempts: 5, backoffMs: 50 });
    worker = spawnWorker(testEnv(redis.url, prefix, { NEWSFACTS_BASE_URL: mirror.url, NEWSFACTS_ALLOWED_HOSTS: '' }));
    await worker.ready;
  });
  afterAll(async () => {
    if (worker) await stopWorker(worker, 'SIGKILL');
    await queues?.close();
    await mirror?.stop();
    await other?.stop();
    await redis?.stop();
  });

  async function failed(q: 'article' | 'discover', id: string): Promise<Job> {
    return waitFor(`${q} job ${id} to fail`, 30_000, async () => {
      const job = await queues[q].getJob(id);
      if (!job || !(await job.isFailed())) return undefined;
      // Read again: the first read may be from before the failure was recorded (attemptsMade still 0).
      return queues[q].getJob(id);
    });
  }

  it('an article URL on another loopback port fails at once, never fetched', async () => {
    const url = `${other.url}${articlePath(1)}`;
    await queues.article.add('article', { url }, { jobId: 'off-list-article' });
    const job = await failed('article', 'off-list-article');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/\[url-refused\].*(loopback port \d+ refused|not among the allowed hosts)/);
    expect(other.log).toEqual([]);
  });

  it('a discover job with an off-list start URL fails at once, never fetched', async () => {
    await queues.discover.add('discover', { site: 'vovworld-en', startUrls: [`${other.url}/list`] }, { jobId: 'off-list-discover' });
    const job = await failed('discover', 'off-list-discover');
    expect(job.attemptsMade).toBe(1);
    expect(job.failedReason).toMatch(/\[url-refused\].*(loopback port \d+ refused|not among the allowed hosts)/);
    expect(other.log).toEqual([]);
  });

  it('payloads are validated with zod when enqueued', async () => {
    await expect(enqueueArticle(queues.article, 'x', { url: 'javascript:alert(1)' })).rejects.toThrow(NewsfactsError);
    await expect(enqueueDiscover(queues.discover, { site: 'Bad Site!' })).rejects.toThrow(NewsfactsError);
    await expect(enqueueExport(queues.export, { out: 5 } as unknown as { out: string })).rejects.toThrow(NewsfactsError);
    expect(await queues.article.getJobCountByTypes('waiting')).toBe(0);
  });
});
