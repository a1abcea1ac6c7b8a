import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/redis-server.js';
import { cli } from './support/cli.js';

const SECRET = 's3cr3t-pa55';

describe('Redis unreachable, password in REDIS_URL', { timeout: 60_000 }, () => {
  let dir: string;
  let url: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'redis-reach-'));
    // a free port nobody listens on
    url = `redis://worker:${SECRET}@127.0.0.1:${await freePort()}/0`;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const commands: string[][] = [['jobs'], ['jobs', '--failed'], ['schedule', 'list'], ['export'], ['worker'], ['dashboard', '--port', '0', '--read-only']];
  for (const args of commands) {
    it(`${args.join(' ')}: exits 1 with "cannot reach Redis at redis://host:port", no password`, async () => {
      const port = new URL(url).port;
      const run = await cli(args, {
        cwd: dir,
        env: { REDIS_URL: url, NEWSFACTS_REDIS_CONNECT_TIMEOUT_MS: '1000', NEWSFACTS_DASHBOARD_TOKEN: undefined },
        killAfterMs: 20_000,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`cannot reach Redis at redis://127.0.0.1:${port}`);
      expect(run.stdout + run.stderr).not.toContain(SECRET);
    });
  }

  it('the timeout is 5 s by default and holds against a server that accepts and never answers', async () => {
    const silent = createServer((socket) => socket.on('error', () => undefined));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as AddressInfo).port;
    try {
      const run = await cli(['schedule', 'list'], { cwd: dir, env: { REDIS_URL: `redis://:${SECRET}@127.0.0.1:${port}` }, killAfterMs: 30_000 });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`cannot reach Redis at redis://127.0.0.1:${port}`);
      expect(run.stderr).not.toContain(SECRET);
      expect(run.ms).toBeGreaterThanOrEqual(4_500);
      expect(run.ms).toBeLessThan(20_000);
    } finally {
      silent.close();
    }
  });
});
