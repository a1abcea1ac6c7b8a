import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { UnrecoverableError, Worker } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxmemoryWarning, openRedis } from '../../src/queue/connection.js';
import { openQueues, type QueueSet } from '../../src/queue/queues.js';
import { redisAvailable, reportMissingRedis, startTestRedis, testPrefix, type TestRedis } from '../support/redis-server.js';
import { waitFor } from './support/queue-env.js';

reportMissingRedis();

const BIN = fileURLToPath(new URL('../../bin/newsfacts.js', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(env: Record<string, string>, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => p.kill('SIGKILL'), 60_000);
    p.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe.skipIf(!redisAvailable)('queue CLI commands', { timeout: 180_000 }, () => {
  let redis: TestRedis;
  let prefix: string;
  let env: Record<string, string>;
  let queues: QueueSet;

  beforeAll(async () => {
    redis = await startTestRedis();
    prefix = testPrefix();
    env = { REDIS_URL: redis.url, NEWSFACTS_PREFIX: prefix };
    queues = openQueues({ redisUrl: redis.url, prefix, attempts: 3, backoffMs: 10 });
  });
  afterAll(async () => {
    await queues?.close();
    await redis?.stop();
  });

  it('schedule add, list, remove', async () => {
    const add = await cli(env, ['schedule', 'add', '--site', 'vovworld-vi', '--cron', '0 */2 * * *', '--tz', 'Asia/Ho_Chi_Minh']);
    expect(add).toMatchObject({ code: 0, stdout: 'scheduled discover-vovworld-vi\n' });
    const every = await cli(env, ['schedule', 'add', '--site', 'vietnamplus-en', '--every', '30m']);
    expect(every.code).toBe(0);
    const list = await cli(env, ['schedule', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^discover-vovworld-vi\tsite vovworld-vi\tcron "0 \*\/2 \* \* \*" Asia\/Ho_Chi_Minh\tnext \d{4}-/m);
    expect(list.stdout).toMatch(/^discover-vietnamplus-en\tsite vietnamplus-en\tevery 1800s\t/m);
    expect(await queues.discover.getJobSchedulersCount()).toBe(2);
    const json = await cli(env, ['schedule', 'list', '--json']);
    const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; site: string; every?: number });
    expect(rows.map((r) => r.id).sort()).toEqual(['discover-vietnamplus-en', 'discover-vovworld-vi']);
    expect(rows.find((r) => r.site === 'vietnamplus-en')?.every).toBe(1_800_000);
    expect((await cli(env, ['schedule', 'remove', 'discover-vovworld-vi'])).code).toBe(0);
    expect(await queues.discover.getJobSchedulersCount()).toBe(1);
  });

  it('jobs --failed shows the reason, jobs --retry moves the job back', async () => {
    await queues.article.add('article', { url: 'http://127.0.0.1:9/x' }, { jobId: 'article-cli-test' });
    const worker = new Worker(
      'article',
      async () => {
        throw new UnrecoverableError('[http] http://127.0.0.1:9/x: HTTP 404');
      },
      { connection: { url: redis.url, maxRetriesPerRequest: null }, prefix },
    );
    try {
      await waitFor('the job to fail', 20_000, async () => ((await queues.article.getFailedCount()) === 1 ? true : undefined));
    } finally {
      await worker.close();
    }
    const failed = await cli(env, ['jobs', '--failed', '--json']);
    expect(failed.code).toBe(0);
    const row = JSON.parse(failed.stdout.trim()) as { id: string; queue: string; attempts: number; reason: string };
    expect(row).toMatchObject({ id: 'article-cli-test', queue: 'article', attempts: 1, reason: expect.stringContaining('HTTP 404') });
    expect((await cli(env, ['jobs', '--retry', 'article-cli-test'])).stdout).toBe('retrying article article-cli-test\n');
    expect(await (await queues.article.getJob('article-cli-test'))?.getState()).toBe('waiting');
    const counts = await cli(env, ['jobs', '--json']);
    expect(JSON.parse(counts.stdout)).toMatchObject({ article: { waiting: 1, failed: 0 } });
  });

  it('dashboard serves bull-board with our three queues', async () => {
    const p = spawn(process.execPath, [BIN, 'dashboard', '--port', '0', '--read-only'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Listened for from the start: a dashboard that exits early must fail the test with its stderr, not hang it.
    const exited = new Promise((r) => p.once('exit', r));
    try {
      const url = await waitFor('the dashboard address', 30_000, () => {
        if (p.exitCode !== null) throw new Error(`dashboard exited ${p.exitCode}: ${err}`);
        return /dashboard on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      });
      const page = await fetch(url);
      expect(page.status).toBe(200);
      const api = (await (await fetch(`${url}api/queues`)).json()) as { queues: { name: string }[] };
      expect(api.queues.map((q) => q.name).sort()).toEqual(['article', 'discover', 'export']);
    } finally {
      p.kill('SIGTERM');
      await exited;
    }
  });

  it('warns when maxmemory-policy is not noeviction', async () => {
    const r = openRedis(redis.url);
    try {
      expect(await maxmemoryWarning(r)).toBeUndefined();
      await r.config('SET', 'maxmemory-policy', 'allkeys-lru');
      expect(await maxmemoryWarning(r)).toMatch(/allkeys-lru.*noeviction/);
    } finally {
      await r.config('SET', 'maxmemory-policy', 'noeviction');
      r.disconnect();
    }
  });

  it('REDIS_URL missing or wrong, or conflicting options, are clear errors', async () => {
    const [noUrl, both] = await Promise.all([
      cli({ REDIS_URL: '' }, ['jobs']),
      cli(env, ['schedule', 'add', '--site', 'vovworld-vi', '--cron', '0 * * * *', '--every', '30m']),
    ]);
    expect(noUrl.code).toBe(1);
    expect(noUrl.stderr).toMatch(/REDIS_URL/);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/exactly one of --every and --cron/);
  });
});
