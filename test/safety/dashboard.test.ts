import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openQueues, type QueueSet } from '../../src/queue/queues.js';
import { redisAvailable, reportMissingRedis, startTestRedis, testPrefix, type TestRedis } from '../support/redis-server.js';
import { BIN, cli } from './support/cli.js';

reportMissingRedis();

const TOKEN = 'dash-token-0123456789';

interface Reply {
  status: number;
  body: string;
}

/** A raw HTTP request, so the Host header is exactly what we say. */
function http(port: number, method: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const basic = (user: string, pass: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}` });

describe.skipIf(!redisAvailable)('dashboard: credentials, read-only, Host check', { timeout: 120_000 }, () => {
  let redis: TestRedis;
  let prefix: string;
  let queues: QueueSet;
  const children: ChildProcess[] = [];

  /** Starts `newsfacts dashboard` on a free port and waits for its "dashboard on" line. */
  function start(args: string[], env: Record<string, string | undefined>): Promise<number> {
    return new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [BIN, 'dashboard', '--port', '0', ...args], {
        env: { ...process.env, REDIS_URL: redis.url, NEWSFACTS_PREFIX: prefix, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(p);
      let out = '';
      let err = '';
      p.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /dashboard on http:\/\/[^:]+:(\d+)\//.exec(out);
        if (m) resolve(Number(m[1]));
      });
      p.stderr.on('data', (d: Buffer) => (err += d.toString()));
      p.on('exit', (code) => reject(new Error(`dashboard exited ${code}: ${err}`)));
    });
  }

  beforeAll(async () => {
    redis = await startTestRedis();
    prefix = testPrefix();
    queues = openQueues({ redisUrl: redis.url, prefix, attempts: 1, backoffMs: 10 });
    await queues.article.add('article', { url: 'https://vovworld.vn/vi-VN/a-1.vov' }, { jobId: 'dash-job' });
  });
  afterEach(() => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
  });
  afterAll(async () => {
    await queues?.close();
    await redis?.stop();
  });

  it('refuses to start without credentials unless --read-only', async () => {
    const run = await cli(['dashboard', '--port', '0'], {
      env: { REDIS_URL: redis.url, NEWSFACTS_PREFIX: prefix, NEWSFACTS_DASHBOARD_TOKEN: undefined, NEWSFACTS_DASHBOARD_USER: undefined, NEWSFACTS_DASHBOARD_PASSWORD: undefined },
      killAfterMs: 20_000,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/NEWSFACTS_DASHBOARD_TOKEN/);
  });

  it('with a token: no or wrong credentials get 401, the right ones 200; writes are refused by default', async () => {
    const port = await start([], { NEWSFACTS_DASHBOARD_TOKEN: TOKEN });
    expect((await http(port, 'GET', '/api/queues')).status).toBe(401);
    expect((await http(port, 'GET', '/api/queues', basic('admin', 'wrong'))).status).toBe(401);
    expect((await http(port, 'GET', '/api/queues', { authorization: 'Bearer nope' })).status).toBe(401);
    const ok = await http(port, 'GET', '/api/queues', { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('article');
    expect((await http(port, 'GET', '/api/queues', basic('anyone', TOKEN))).status).toBe(200);
    const pause = await http(port, 'PUT', '/api/queues/pause', { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' });
    expect(pause.status).toBe(403);
    const obliterate = await http(port, 'PUT', '/api/queues/article/obliterate', { authorization: `Bearer ${TOKEN}` });
    expect(obliterate.status).toBe(403);
    expect(await queues.article.isPaused()).toBe(false);
    expect(await queues.article.getJob('dash-job')).toBeDefined();
  });

  it('refuses a foreign Host header (DNS rebinding), even with credentials', async () => {
    const port = await start([], { NEWSFACTS_DASHBOARD_TOKEN: TOKEN });
    const foreign = await http(port, 'GET', '/api/queues', { host: 'attacker.example', authorization: `Bearer ${TOKEN}` });
    expect(foreign.status).toBe(403);
    expect(foreign.body).not.toContain('article');
    expect((await http(port, 'GET', '/api/queues', { host: `localhost:${port}`, authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it('basic auth from the environment; --allow-writes lets an authenticated user pause', async () => {
    const port = await start(['--allow-writes'], { NEWSFACTS_DASHBOARD_TOKEN: undefined, NEWSFACTS_DASHBOARD_USER: 'ops', NEWSFACTS_DASHBOARD_PASSWORD: 'pw-1234567' });
    expect((await http(port, 'PUT', '/api/queues/pause')).status).toBe(401);
    expect((await http(port, 'GET', '/api/queues', basic('other', 'pw-1234567'))).status).toBe(401);
    const pause = await http(port, 'PUT', '/api/queues/pause', basic('ops', 'pw-1234567'));
    expect(pause.status).toBe(200);
    expect(await queues.article.isPaused()).toBe(true);
    await queues.article.resume();
  });

  it('--read-only starts without credentials and refuses every write', async () => {
    const port = await start(['--read-only'], { NEWSFACTS_DASHBOARD_TOKEN: undefined, NEWSFACTS_DASHBOARD_USER: undefined, NEWSFACTS_DASHBOARD_PASSWORD: undefined });
    expect((await http(port, 'GET', '/api/queues')).status).toBe(200);
    expect((await http(port, 'PUT', '/api/queues/pause')).status).toBe(403);
    expect((await http(port, 'POST', '/api/queues/article/add', { 'content-type': 'application/json' })).status).toBe(403);
    expect(await queues.article.isPaused()).toBe(false);
  });
});
