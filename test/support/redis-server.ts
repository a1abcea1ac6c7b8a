import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

/** Whether tests can reach a Redis: REDIS_URL is set, or redis-server is on PATH to start one. */
export const redisAvailable: boolean = Boolean(process.env.REDIS_URL) || spawnSync('redis-server', ['--version']).status === 0;

const REDIS_SKIP_MESSAGE =
  '\n*** QUEUE TESTS SKIPPED: neither REDIS_URL nor redis-server on PATH (apt-get install redis-server; .ci/run does) ***\n';

/** Says loudly that the Redis tests are skipped; on CI (CI=true), where .ci/run installs Redis, fails instead. */
export function reportMissingRedis(): void {
  if (redisAvailable) return;
  if (process.env.CI === 'true' || process.env.CI === '1') throw new Error(`CI must run the queue tests: ${REDIS_SKIP_MESSAGE}`);
  console.warn(REDIS_SKIP_MESSAGE);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface TestRedis {
  url: string;
  /** Stops the server (SIGKILL: whatever AOF has is all that survives) and starts it again on the same port and dir. */
  restart(): Promise<void>;
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

async function waitForPing(url: string, deadlineMs: number): Promise<void> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    r.on('error', () => undefined);
    try {
      await r.connect();
      if ((await r.ping()) === 'PONG') {
        // With AOF on, a restarted server answers LOADING until the file is replayed.
        r.disconnect();
        return;
      }
    } catch {
      // not up yet
    }
    r.disconnect();
    if (Date.now() > end) throw new Error(`redis at ${url} did not answer within ${deadlineMs} ms`);
    await new Promise((res) => setTimeout(res, 50));
  }
}

/**
 * A private redis-server on a free 127.0.0.1 port with a temp dir; `aof` turns on appendonly with
 * fsync on every write. Uses REDIS_URL instead when set and no private server is required.
 */
export async function startTestRedis(opts: { aof?: boolean; private?: boolean } = {}): Promise<TestRedis> {
  if (process.env.REDIS_URL && !opts.private) {
    const url = process.env.REDIS_URL;
    const unsupported = async (): Promise<void> => {
      throw new Error('cannot restart a Redis given by REDIS_URL');
    };
    return { url, restart: unsupported, kill: unsupported, start: async () => undefined, stop: async () => undefined };
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'nf-redis-'));
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const args = [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '',
    '--appendonly', opts.aof ? 'yes' : 'no', '--appendfsync', 'always', '--maxmemory-policy', 'noeviction',
  ];
  const start = async (): Promise<void> => {
    child = spawn('redis-server', args, { stdio: 'ignore' });
    await waitForPing(url, 10_000);
  };
  const kill = async (): Promise<void> => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGKILL');
    });
  };
  await start();
  return {
    url,
    start,
    kill,
    restart: async () => {
      await kill();
      await start();
    },
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function testPrefix(): string {
  return `{nft-${Math.random().toString(36).slice(2, 10)}}`;
}
