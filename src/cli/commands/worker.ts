import { parseArgs } from 'node:util';
import { z } from 'zod';
import { errorMessage } from '../../core/index.js';
import { QUEUE_NAMES, type QueueName } from '../../queue/names.js';
import { redactCredentials } from '../../queue/redact.js';
import { UsageError, type Command } from '../command.js';

const Options = z.object({
  concurrency: z.coerce.number().int().min(1).max(256),
  queues: z.string().transform((s) => s.split(',').map((q) => q.trim())).pipe(z.array(z.enum(QUEUE_NAMES)).min(1)),
});

const log = (line: string): void => {
  process.stderr.write(`${new Date().toISOString()} ${redactCredentials(line)}\n`);
};

export const workerCommand: Command = {
  name: 'worker',
  summary: 'Run queue workers (discover, article, export) against REDIS_URL until SIGINT/SIGTERM',
  usage: 'newsfacts worker [--concurrency N] [--queues discover,article,export]   (env: REDIS_URL, NEWSFACTS_PREFIX, ...)',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: { concurrency: { type: 'string', default: '4' }, queues: { type: 'string', default: QUEUE_NAMES.join(',') } },
    });
    const parsed = Options.safeParse(values);
    if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid options');
    // Loaded here so that other commands do not pay for BullMQ at start-up.
    const [{ loadReachableQueueEnv }, { maxmemoryWarning }, { openRuntime }, { startWorkers }] = await Promise.all([
      import('../../queue/redis-reach.js'),
      import('../../queue/connection.js'),
      import('../../queue/runtime.js'),
      import('../../queue/workers.js'),
    ]);
    const env = await loadReachableQueueEnv();
    const runtime = openRuntime(env, (err) => log(`redis: ${err.message}`));
    const warning = await maxmemoryWarning(runtime.redis);
    if (warning) log(`warning: ${warning}`);
    const processors: Partial<Record<QueueName, (typeof runtime.processors)[QueueName]>> = {};
    for (const q of parsed.data.queues) processors[q] = runtime.processors[q];
    const group = startWorkers(
      processors,
      {
        redisUrl: env.REDIS_URL,
        prefix: env.NEWSFACTS_PREFIX,
        concurrency: parsed.data.concurrency,
        lockDurationMs: env.NEWSFACTS_LOCK_DURATION_MS,
        stalledIntervalMs: env.NEWSFACTS_STALLED_INTERVAL_MS,
      },
      {
        completed: (queue, job, result) => log(`done ${queue} ${job.id} ${JSON.stringify(result)}`),
        failed: (queue, job, err, final) =>
          log(`${final ? 'FAILED' : 'will retry'} ${queue} ${job?.id ?? '?'} attempt ${job?.attemptsMade ?? '?'}: ${err.message}`),
        error: (queue, err) => log(`worker ${queue}: ${errorMessage(err)}`),
      },
    );
    await Promise.all(group.workers.map((w) => w.waitUntilReady()));
    log(`worker ready: pid ${process.pid}, queues ${parsed.data.queues.join(',')}, concurrency ${parsed.data.concurrency}, prefix ${env.NEWSFACTS_PREFIX}`);

    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = (signal: NodeJS.Signals): void => {
        if (stopping) {
          log(`${signal} again: leaving the jobs in hand to the stalled checker`);
          void group.close(true).finally(resolve);
          return;
        }
        stopping = true;
        log(`${signal}: finishing the jobs in hand (send it again to stop at once)`);
        void group.close().finally(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await runtime.close();
    log('worker stopped');
    return 0;
  },
};
