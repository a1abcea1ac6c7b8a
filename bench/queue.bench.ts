import { loadavg } from 'node:os';
import { canonicalizeUrl } from '../src/crawlers/seen-store.js';
import { articleJobId } from '../src/queue/names.js';
import { openQueues } from '../src/queue/queues.js';
import { redisAvailable, startTestRedis, testPrefix } from '../test/support/redis-server.js';
import { articlePath, PageServer } from '../test/queue/support/page-server.js';
import { testEnv, waitFor } from '../test/queue/support/queue-env.js';
import { spawnWorker, stopWorker } from '../test/queue/support/worker-process.js';

const JOBS = Number(process.env.BENCH_QUEUE_JOBS ?? 400);
const CONCURRENCY = '4';

/**
 * Article jobs per second for 1 and 2 `newsfacts worker` processes on one private redis-server, against a
 * 127.0.0.1 page server with politeness off, and each worker's peak RSS. Worker start-up is not timed.
 */
export default async function queueBench(): Promise<void> {
  if (!redisAvailable) {
    console.log('skipped: no redis-server on PATH and no REDIS_URL (apt-get install redis-server)');
    return;
  }
  const redis = await startTestRedis({ private: true });
  const server = new PageServer(JOBS);
  const base = await server.start();
  console.log(`${JOBS} article jobs (fetch + clean + extract + feed append), worker --concurrency ${CONCURRENCY}, politeness off, ${process.platform} ${process.arch}, node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at start\n`);
  console.log('| workers | seconds | jobs/s | peak RSS per worker (MiB) |');
  console.log('|---|---|---|---|');
  try {
    for (const n of [1, 2]) {
      const prefix = testPrefix();
      const env = testEnv(redis.url, prefix, { NEWSFACTS_HOST_DELAY_MS: '0', NEWSFACTS_HOST_CONCURRENCY: '64' });
      const workers = Array.from({ length: n }, () => spawnWorker(env, ['--concurrency', CONCURRENCY]));
      const queues = openQueues({ redisUrl: redis.url, prefix, attempts: 3, backoffMs: 100 });
      try {
        await Promise.all(workers.map((w) => w.ready));
        const t0 = performance.now();
        await queues.article.addBulk(
          Array.from({ length: JOBS }, (_, i) => {
            const url = `${base}${articlePath(i)}`;
            return { name: 'article', data: { url }, opts: { jobId: articleJobId(canonicalizeUrl(url)) } };
          }),
        );
        await waitFor(`${JOBS} completed jobs`, 600_000, async () => {
          const c = await queues.article.getJobCounts('completed', 'failed');
          return (c.completed ?? 0) + (c.failed ?? 0) >= JOBS ? true : undefined;
        });
        const secs = (performance.now() - t0) / 1000;
        const failed = await queues.article.getFailedCount();
        const rss = workers.map((w) => (w.peakRssKiB() / 1024).toFixed(0)).join(', ');
        console.log(`| ${n} | ${secs.toFixed(2)} | ${(JOBS / secs).toFixed(1)}${failed ? ` (${failed} failed)` : ''} | ${rss} |`);
      } finally {
        await Promise.all(workers.map((w) => stopWorker(w)));
        await queues.close();
      }
    }
  } finally {
    await server.stop();
    await redis.stop();
  }
}
