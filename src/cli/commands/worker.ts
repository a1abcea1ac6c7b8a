import { Command } from '@commander-js/extra-typings';
import type { Logger } from 'pino';
import { errorMessage } from '../../core/errors.js';
import { QUEUE_NAMES, type QueueName } from '../../queue/names.js';
import { defineCommand, exitWith } from '../command.js';
import { logger } from '../log.js';
import type { WorkerMetrics } from '../../queue/worker-metrics.js';
import type { WorkerEvents, WorkerGroup } from '../../queue/workers.js';
import { int, listOf } from '../options.js';

export const workerCommand = defineCommand('worker', () =>
  new Command('worker')
    .option('--concurrency <n>', 'jobs in hand at once per queue', int({ min: 1, max: 256 }), 4)
    .option(
      '--queues <queues>',
      `the queues to work on, comma-separated: ${QUEUE_NAMES.join(',')}`,
      listOf('--queues', QUEUE_NAMES),
      [...QUEUE_NAMES],
    )
    .option(
      '--metrics-port <port>',
      'serve /healthz and /metrics (Prometheus) on this port (0: any free port, logged)',
      int({ max: 65535 }),
    )
    .option(
      '--metrics-host <host>',
      'address of the metrics server (0.0.0.0 for a Prometheus on another machine)',
      '127.0.0.1',
    )
    .action(
      exitWith(async (o) => {
        // Loaded here so that other commands do not pay for BullMQ at start-up.
        const [{ loadReachableQueueEnv }, { maxmemoryWarning }, { openRuntime }, { startWorkers }, metricsMod] =
          await Promise.all([
            import('../../queue/redis-reach.js'),
            import('../../queue/connection.js'),
            import('../../queue/runtime.js'),
            import('../../queue/workers.js'),
            import('../../queue/worker-metrics.js'),
          ]);
        const log = logger();
        const env = await loadReachableQueueEnv();
        let redisUp: () => Promise<boolean> = async () => false;
        const metrics = o.metricsPort === undefined ? undefined : metricsMod.createWorkerMetrics(() => redisUp());
        const runtime = openRuntime(env, (err) => log.error(`redis: ${err.message}`), metrics?.fetched);
        redisUp = metricsMod.pingWithin(() => runtime.redis.ping());
        const warning = await maxmemoryWarning(runtime.redis);
        if (warning) log.warn(warning);
        const processors: Partial<Record<QueueName, (typeof runtime.processors)[QueueName]>> = {};
        for (const q of o.queues) processors[q] = runtime.processors[q];
        const settings = {
          redisUrl: env.REDIS_URL,
          prefix: env.NEWSFACTS_PREFIX,
          concurrency: o.concurrency,
          lockDurationMs: env.NEWSFACTS_LOCK_DURATION_MS,
          stalledIntervalMs: env.NEWSFACTS_STALLED_INTERVAL_MS,
        };
        const group = startWorkers(processors, settings, workerEvents(log, metrics));
        await Promise.all(group.workers.map((w) => w.waitUntilReady()));
        const server =
          metrics && o.metricsPort !== undefined
            ? await metricsMod.serveMetrics(metrics, redisUp, o.metricsPort, o.metricsHost)
            : undefined;
        if (server) log.info(`metrics on http://${o.metricsHost}:${server.port}/metrics and /healthz`);
        log.info(
          `worker ready: pid ${process.pid}, queues ${o.queues.join(',')}, concurrency ${o.concurrency}, ` +
            `prefix ${env.NEWSFACTS_PREFIX}`,
        );
        await untilStopSignal(group, log);
        await server?.close();
        await runtime.close();
        log.info('worker stopped');
        return 0;
      }),
    ),
  [
    'REDIS_URL=redis://127.0.0.1:6379 newsfacts worker --concurrency 8',
    'newsfacts worker --queues article --metrics-port 9464',
  ],
  '\nEnvironment: REDIS_URL (required), NEWSFACTS_PREFIX, NEWSFACTS_ATTEMPTS, NEWSFACTS_BACKOFF_MS,\n' +
    'NEWSFACTS_HOST_DELAY_MS, NEWSFACTS_HOST_CONCURRENCY, NEWSFACTS_LOCK_DURATION_MS,\n' +
    'NEWSFACTS_STALLED_INTERVAL_MS, NEWSFACTS_USER_AGENT (see the README).\n',
);

/** Logs every job's end and feeds the metrics, if any. */
function workerEvents(log: Logger, metrics: WorkerMetrics | undefined): WorkerEvents {
  return {
    completed: (queue, job, result) => {
      metrics?.completed(queue);
      const added = (result as { added?: unknown } | undefined)?.added;
      if (queue === 'article' && typeof added === 'number') metrics?.factsWritten(added);
      log.info({ queue, job: job.id, result }, `done ${queue} ${job.id}`);
    },
    failed: (queue, job, err, final) => {
      metrics?.failed(queue, final);
      log.warn(
        { queue, job: job?.id, attempt: job?.attemptsMade },
        `${final ? 'FAILED' : 'will retry'} ${queue} ${job?.id ?? '?'}: ${err.message}`,
      );
    },
    error: (queue, err) => log.error(`worker ${queue}: ${errorMessage(err)}`),
  };
}

/** First SIGINT/SIGTERM: finish the jobs in hand; a second one leaves them to the stalled checker. */
function untilStopSignal(group: WorkerGroup, log: Logger): Promise<void> {
  return new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) {
        log.warn(`${signal} again: leaving the jobs in hand to the stalled checker`);
        void group.close(true).finally(resolve);
        return;
      }
      stopping = true;
      log.info(`${signal}: finishing the jobs in hand (send it again to stop at once)`);
      void group.close().finally(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
