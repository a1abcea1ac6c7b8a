import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedis } from '../../src/queue/connection.js';
import { openQueues, type QueueSet } from '../../src/queue/queues.js';
import { RedisFeedStore } from '../../src/queue/redis-feed-store.js';
import { CRAWLABLE, NEWS_ARTICLES, startNewsSite, type NewsSite } from '../support/news-site.js';
import {
  redisAvailable,
  reportMissingRedis,
  startTestRedis,
  testPrefix,
  type TestRedis,
} from '../support/redis-server.js';
import { runCli } from '../support/run-cli.js';
import { testEnv, waitFor } from './support/queue-env.js';
import { spawnWorker, stopWorker, type WorkerProcess } from './support/worker-process.js';

reportMissingRedis();

describe.skipIf(!redisAvailable)(
  'schedule add --site URL: a site without a profile, two workers',
  { timeout: 300_000 },
  () => {
    let redis: TestRedis;
    let site: NewsSite;
    let queues: QueueSet;
    const workers: WorkerProcess[] = [];
    const prefix = testPrefix();

    beforeAll(async () => {
      redis = await startTestRedis();
      site = await startNewsSite({ retryAfterSecs: 1 });
      queues = openQueues({ redisUrl: redis.url, prefix, attempts: 5, backoffMs: 200 });
    });
    afterAll(async () => {
      await Promise.all(workers.map((w) => stopWorker(w, 'SIGKILL')));
      await queues?.close();
      await site?.close();
      await redis?.stop();
    });

    it('discovers from the home page, RSS and sitemap, writes every article once, retries 500 and 429, obeys robots.txt', async () => {
      const env = testEnv(redis.url, prefix, { NEWSFACTS_BACKOFF_MS: '200' });
      const add = await runCli(['schedule', 'add', '--site', site.url, '--every', '1m'], { env });
      expect(add.code, add.stderr).toBe(0);
      const port = new URL(site.url).port;
      expect(add.stdout).toBe(`scheduled discover-127.0.0.1-${port}\n`);
      const list = await runCli(['schedule', 'list'], { env });
      expect(list.stdout).toContain(`discover-127.0.0.1-${port}\tsite 127.0.0.1\tevery 60s`);

      for (let i = 0; i < 2; i++) workers.push(spawnWorker(env, ['--concurrency', '2']));
      await Promise.all(workers.map((w) => w.ready));
      const base = site.url.replace(/\/$/, '');
      const redisClient = openRedis(redis.url);
      try {
        const store = new RedisFeedStore(redisClient, prefix);
        const urls = await waitFor('every article in the feed', 180_000, async () => {
          const seen = new Set<string>();
          for await (const { record } of store.read()) seen.add(record.article.url);
          return seen.size >= CRAWLABLE.length ? seen : undefined;
        });
        expect([...urls].sort()).toEqual(CRAWLABLE.map((a) => `${base}${a.path}`).sort());
        const ids: string[] = [];
        for await (const { record } of store.read()) ids.push(record.id);
        expect(new Set(ids).size).toBe(ids.length);
      } finally {
        redisClient.disconnect();
      }
      expect(site.hits(NEWS_ARTICLES.find((a) => a.fault === 'robots')!.path)).toBe(0);
      expect(site.hits(NEWS_ARTICLES.find((a) => a.fault === '500-once')!.path)).toBeGreaterThanOrEqual(2);
      expect(site.hits(NEWS_ARTICLES.find((a) => a.fault === '429-once')!.path)).toBeGreaterThanOrEqual(2);
      const removed = await runCli(['schedule', 'remove', `discover-127.0.0.1-${port}`], { env });
      expect(removed.code).toBe(0);
    });
  },
);
