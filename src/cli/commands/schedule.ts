import { Command, InvalidArgumentError } from '@commander-js/extra-typings';
import { defineCommand, examples, exitWith, UsageError } from '../command.js';
import { openCliQueues } from '../open-queues.js';
import { collect, int } from '../options.js';

async function withQueues<T>(fn: (queues: import('../../queue/queues.js').QueueSet) => Promise<T>): Promise<T> {
  const { queues } = await openCliQueues();
  try {
    return await fn(queues);
  } finally {
    await queues.close();
  }
}

function every(text: string): string {
  if (!/^\d+(\.\d+)?\s*(ms|s|m|h|d)$/.test(text.trim()))
    throw new InvalidArgumentError('expected a duration such as 90s, 30m, 2h or 1d');
  return text;
}

const add = () =>
  new Command('add')
    .description('create or replace the scheduled discover crawl of a site edition, or of any site from its URL')
    .requiredOption('--site <edition|url>', 'a profile edition (newsfacts sites lists them) or any site\'s start URL')
    .option('--every <duration>', 'run every 90s, 30m, 2h, 1d … (or --cron)', every)
    .option('--cron <expr>', 'run on a cron pattern, e.g. "0 */2 * * *" (or --every)')
    .option('--tz <zone>', 'time zone of --cron, e.g. Asia/Ho_Chi_Minh; default: UTC')
    .option('--id <id>', 'the schedule id; default: discover-<edition>, or discover-<host>[-<port>] for a URL')
    .option('--start-url <url>', "start here instead of the edition's start pages (repeatable)", collect)
    .option('--depth <n>', 'listing hops from the start pages; default: 0 for an edition, 2 for a URL', int())
    .option('--profile <file>', 'load a site profile (JSON) first (repeatable)', collect)
    .addHelpText(
      'after',
      examples(
        'newsfacts schedule add --site vovworld-vi --every 30m',
        'newsfacts schedule add --site vietnamplus-en --cron "0 */2 * * *" --tz Asia/Ho_Chi_Minh',
        'newsfacts schedule add --site https://news.example.com/ --every 1h',
      ),
    )
    .action(
      exitWith(async (o) => {
        const [{ ScheduleSpec, parseEvery, upsertSchedule }, { siteSchedule }, { editionIds }, { loadProfileFile }] =
          await Promise.all([
            import('../../queue/schedules.js'),
            import('../../queue/site-schedule.js'),
            import('../../crawlers/crawl-plan.js'),
            import('../../sites/index.js'),
          ]);
        for (const file of o.profile ?? []) loadProfileFile(file);
        const editions = editionIds();
        const site = siteSchedule(o.site, editions);
        if (!site) throw new UsageError(`--site must be a start URL or one of: ${editions.join(', ')}`);
        const startUrls = o.startUrl ?? site.startUrls;
        const parsed = ScheduleSpec.safeParse({
          id: o.id ?? site.id,
          job: { site: site.site, depth: o.depth ?? site.depth, ...(startUrls ? { startUrls } : {}) },
          every: o.every === undefined ? undefined : parseEvery(o.every),
          cron: o.cron,
          tz: o.tz,
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new UsageError(`${issue?.path.join('.') || 'schedule'}: ${issue?.message}`);
        }
        await withQueues((q) => upsertSchedule(q.discover, parsed.data));
        process.stdout.write(`scheduled ${parsed.data.id}\n`);
        return 0;
      }),
    );

const list = () =>
  new Command('list')
    .description('list the schedules with their next run')
    .option('--json', 'one JSON line per schedule', false)
    .addHelpText('after', examples('newsfacts schedule list', 'newsfacts schedule list --json | jq .next'))
    .action(
      exitWith(async (o) => {
        const { listSchedules } = await import('../../queue/schedules.js');
        const all = await withQueues((q) => listSchedules(q.discover));
        for (const s of all) {
          const when = s.every !== undefined ? `every ${s.every / 1000}s` : `cron "${s.cron}"${s.tz ? ` ${s.tz}` : ''}`;
          process.stdout.write(
            o.json ? `${JSON.stringify(s)}\n` : `${s.id}\tsite ${s.site ?? '?'}\t${when}\tnext ${s.next ?? '-'}\n`,
          );
        }
        if (all.length === 0) process.stderr.write('no schedules\n');
        return 0;
      }),
    );

const remove = () =>
  new Command('remove')
    .description('remove a schedule (exit 1 if there is none with this id)')
    .argument('<id>', 'the schedule id (see schedule list)')
    .addHelpText('after', examples('newsfacts schedule remove discover-vovworld-vi'))
    .action(
      exitWith(async (id) => {
        const { removeSchedule } = await import('../../queue/schedules.js');
        const removed = await withQueues((q) => removeSchedule(q.discover, id));
        process.stdout.write(removed ? `removed ${id}\n` : `no schedule ${id}\n`);
        return removed ? 0 : 1;
      }),
    );

export const scheduleCommand = defineCommand('schedule', () =>
  new Command('schedule')
    .addCommand(add())
    .addCommand(list())
    .addCommand(remove()),
  [
    'REDIS_URL=redis://127.0.0.1:6379 newsfacts schedule add --site vovworld-vi --every 30m',
    'newsfacts schedule list',
    'newsfacts schedule remove discover-vovworld-vi',
  ],
);
