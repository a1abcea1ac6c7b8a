import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadReachableQueueEnv } from '../../queue/redis-reach.js';
import { QUEUE_NAMES } from '../../queue/names.js';
import { UsageError, type Command } from '../command.js';

const Options = z.object({
  failed: z.boolean(),
  retry: z.string().min(1).optional(),
  queue: z.enum(QUEUE_NAMES).optional(),
  limit: z.coerce.number().int().min(1).max(10_000),
  json: z.boolean(),
});

export const jobsCommand: Command = {
  name: 'jobs',
  summary: 'Show queue counts, list failed jobs with their reasons, or retry a failed job',
  usage: 'newsfacts jobs [--failed [--limit 50]] [--retry ID] [--queue discover|article|export] [--json]',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        failed: { type: 'boolean', default: false },
        retry: { type: 'string' },
        queue: { type: 'string' },
        limit: { type: 'string', default: '50' },
        json: { type: 'boolean', default: false },
      },
    });
    const parsed = Options.safeParse(values);
    if (!parsed.success) throw new UsageError(`${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    const o = parsed.data;
    const env = await loadReachableQueueEnv();
    // Loaded here so that other commands do not pay for BullMQ at start-up.
    const [{ openQueues }, { failedJobs, jobCounts, retryFailed }] = await Promise.all([import('../../queue/queues.js'), import('../../queue/inspect.js')]);
    const queues = openQueues({ redisUrl: env.REDIS_URL, prefix: env.NEWSFACTS_PREFIX, attempts: env.NEWSFACTS_ATTEMPTS, backoffMs: env.NEWSFACTS_BACKOFF_MS });
    try {
      if (o.retry !== undefined) {
        const queue = await retryFailed(queues, o.retry, o.queue);
        if (!queue) {
          process.stderr.write(`no failed job ${o.retry}\n`);
          return 1;
        }
        process.stdout.write(`retrying ${queue} ${o.retry}\n`);
        return 0;
      }
      if (o.failed) {
        const failed = await failedJobs(queues, o.limit, o.queue);
        for (const f of failed) {
          process.stdout.write(
            o.json ? `${JSON.stringify(f)}\n` : `${f.queue}\t${f.id}\t${f.attempts} attempt(s)\t${f.failedAt ?? '-'}\t${f.reason}\n`,
          );
        }
        if (failed.length === 0) process.stderr.write('no failed jobs\n');
        return 0;
      }
      const counts = await jobCounts(queues);
      if (o.json) process.stdout.write(`${JSON.stringify(counts)}\n`);
      else for (const [q, c] of Object.entries(counts)) process.stdout.write(`${q}\t${Object.entries(c).map(([k, v]) => `${k} ${v}`).join('  ')}\n`);
      return 0;
    } finally {
      await queues.close();
    }
  },
};
