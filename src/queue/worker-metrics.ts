import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueueName } from './names.js';

/** What a worker process counts; `/metrics` serves it in the Prometheus text format. */
export interface WorkerMetrics {
  registry: Registry;
  completed(queue: QueueName): void;
  /** `final`: no retry left (the job stays failed); otherwise it will be retried. */
  failed(queue: QueueName, final: boolean): void;
  fetched(kind: 'article' | 'discover', seconds: number, ok: boolean): void;
  factsWritten(n: number): void;
}

export function createWorkerMetrics(redisUp: () => Promise<boolean>): WorkerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newsfacts_' });
  const completed = new Counter({
    name: 'newsfacts_jobs_completed_total',
    help: 'Jobs completed, by queue',
    labelNames: ['queue'],
    registers: [registry],
  });
  const failed = new Counter({
    name: 'newsfacts_jobs_failed_total',
    help: 'Job attempts that failed, by queue; final="true" when no retry is left',
    labelNames: ['queue', 'final'],
    registers: [registry],
  });
  const fetch = new Histogram({
    name: 'newsfacts_fetch_duration_seconds',
    help: 'Time to fetch one page (politeness waits excluded), by job kind and outcome',
    labelNames: ['kind', 'outcome'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [registry],
  });
  const facts = new Counter({
    name: 'newsfacts_facts_written_total',
    help: 'Feed records appended (duplicates not counted)',
    registers: [registry],
  });
  new Gauge({
    name: 'newsfacts_redis_up',
    help: '1 if Redis answered PING at the last scrape, else 0',
    registers: [registry],
    async collect() {
      this.set((await redisUp()) ? 1 : 0);
    },
  });
  for (const q of ['discover', 'article', 'export'] as const) {
    completed.inc({ queue: q }, 0);
    failed.inc({ queue: q, final: 'true' }, 0);
  }
  facts.inc(0);
  return {
    registry,
    completed: (queue) => completed.inc({ queue }),
    failed: (queue, final) => failed.inc({ queue, final: String(final) }),
    fetched: (kind, seconds, ok) => fetch.observe({ kind, outcome: ok ? 'ok' : 'error' }, seconds),
    factsWritten: (n) => facts.inc(n),
  };
}

export interface MetricsServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** `/healthz`: 200 while Redis answers, else 503 (a load balancer or k8s probe restarts the worker); `/metrics`. */
export async function serveMetrics(
  metrics: WorkerMetrics,
  redisUp: () => Promise<boolean>,
  port: number,
  host: string,
): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
      } else if (path === '/healthz') {
        const up = await redisUp();
        res
          .writeHead(up ? 200 : 503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: up ? 'ok' : 'redis down', redis: up }));
      } else if (path === '/metrics') {
        const body = await metrics.registry.metrics();
        res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body);
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('see /healthz and /metrics\n');
      }
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address();
  return {
    server,
    port: typeof addr === 'object' && addr ? addr.port : port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** PING with a deadline: a Redis that hangs is down as far as a probe is concerned. */
export function pingWithin(ping: () => Promise<unknown>, ms = 1000): () => Promise<boolean> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        ping().then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), ms);
        }),
      ]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  };
}
