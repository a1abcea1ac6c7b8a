import { Command } from '@commander-js/extra-typings';
import { QUEUE_NAMES } from '../../queue/names.js';
import { defineCommand, exitWith } from '../command.js';
import { openCliQueues } from '../open-queues.js';
import { int, oneOf } from '../options.js';

export const jobsCommand = defineCommand('jobs', () =>
  new Command('jobs')
    .option('--failed', 'list failed jobs with their reasons instead of the counts', false)
    .option('--limit <n>', 'failed jobs listed at most', int({ min: 1, max: 10_000 }), 50)
    .option('--retry <id>', 'move this failed job back to waiting')
    .option('--queue <queue>', `only this queue: ${QUEUE_NAMES.join(', ')}`, oneOf('--queue', QUEUE_NAMES))
    .option('--json', 'counts as one JSON object; failed jobs as one JSON line each', false)
    .action(
      exitWith(async (o) => {
        const { failedJobs, jobCounts, retryFailed } = await import('../../queue/inspect.js');
        const { queues } = await openCliQueues();
        try {
          if (o.retry !== undefined) {
            const queue = await retryFailed(queues, o.retry, o.queue);
            if (!queue) {
              process.stderr.write(`no failed job ${o.retry}\n`);
              return 1;
            }
            process.stdout.write(
              o.json ? `${JSON.stringify({ retried: o.retry, queue })}\n` : `retrying ${queue} ${o.retry}\n`,
            );
            return 0;
          }
          if (o.failed) {
            const failed = await failedJobs(queues, o.limit, o.queue);
            for (const f of failed) {
              process.stdout.write(
                o.json
                  ? `${JSON.stringify(f)}\n`
                  : `${f.queue}\t${f.id}\t${f.attempts} attempt(s)\t${f.failedAt ?? '-'}\t${f.reason}\n`,
              );
            }
            if (failed.length === 0) process.stderr.write('no failed jobs\n');
            return 0;
          }
          const counts = await jobCounts(queues);
          if (o.json) process.stdout.write(`${JSON.stringify(counts)}\n`);
          else
            for (const [q, c] of Object.entries(counts))
              process.stdout.write(
                `${q}\t${Object.entries(c)
                  .map(([k, v]) => `${k} ${v}`)
                  .join('  ')}\n`,
              );
          return 0;
        } finally {
          await queues.close();
        }
      }),
    ),
  [
    'REDIS_URL=redis://127.0.0.1:6379 newsfacts jobs --json',
    'newsfacts jobs --failed --queue article --limit 10',
    'newsfacts jobs --retry article-123',
  ],
);
