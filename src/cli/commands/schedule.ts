import { parseArgs } from 'node:util';
import { loadReachableQueueEnv } from '../../queue/redis-reach.js';
import { listSchedules, parseEvery, removeSchedule, ScheduleSpec, upsertSchedule } from '../../queue/schedules.js';
import { editionIds } from '../../crawlers/crawl-plan.js';
import { siteSchedule } from '../../queue/site-schedule.js';
import { loadProfileFile } from '../../sites/index.js';
import { UsageError, type Command } from '../command.js';

const USAGE = [
  'newsfacts schedule add --site EDITION|URL (--every 30m | --cron "0 */2 * * *" [--tz Asia/Ho_Chi_Minh]) [--id ID] [--start-url URL]... [--depth N] [--profile FILE]...',
  '       newsfacts schedule list',
  '       newsfacts schedule remove ID',
].join('\n');

export const scheduleCommand: Command = {
  name: 'schedule',
  summary: 'Add, list or remove scheduled discover crawls (BullMQ Job Schedulers on REDIS_URL)',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        site: { type: 'string' },
        every: { type: 'string' },
        cron: { type: 'string' },
        tz: { type: 'string' },
        id: { type: 'string' },
        'start-url': { type: 'string', multiple: true },
        depth: { type: 'string' },
        profile: { type: 'string', multiple: true },
      },
    });
    const [action, ...rest] = positionals;
    if (action !== 'add' && action !== 'list' && action !== 'remove') throw new UsageError('expected add, list or remove');
    const env = await loadReachableQueueEnv();
    // Loaded here so that other commands do not pay for BullMQ at start-up.
    const { openQueues } = await import('../../queue/queues.js');
    const queues = openQueues({ redisUrl: env.REDIS_URL, prefix: env.NEWSFACTS_PREFIX, attempts: env.NEWSFACTS_ATTEMPTS, backoffMs: env.NEWSFACTS_BACKOFF_MS });
    try {
      if (action === 'add') {
        for (const file of values.profile ?? []) loadProfileFile(file);
        const editions = editionIds();
        const site = values.site ? siteSchedule(values.site, editions) : undefined;
        if (!site) throw new UsageError(`schedule add needs --site, a start URL or one of: ${editions.join(', ')}`);
        const parsed = ScheduleSpec.safeParse({
          id: values.id ?? site.id,
          job: {
            site: site.site,
            depth: values.depth === undefined ? site.depth : Number(values.depth),
            ...(values['start-url'] ? { startUrls: values['start-url'] } : site.startUrls ? { startUrls: site.startUrls } : {}),
          },
          every: values.every === undefined ? undefined : parseEvery(values.every),
          cron: values.cron,
          tz: values.tz,
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new UsageError(`${issue?.path.join('.') || 'schedule'}: ${issue?.message}`);
        }
        await upsertSchedule(queues.discover, parsed.data);
        process.stdout.write(`scheduled ${parsed.data.id}\n`);
        return 0;
      }
      if (action === 'remove') {
        const id = rest[0];
        if (!id) throw new UsageError('schedule remove needs the schedule id (see schedule list)');
        const removed = await removeSchedule(queues.discover, id);
        process.stdout.write(removed ? `removed ${id}\n` : `no schedule ${id}\n`);
        return removed ? 0 : 1;
      }
      const all = await listSchedules(queues.discover);
      for (const s of all) {
        const when = s.every !== undefined ? `every ${s.every / 1000}s` : `cron "${s.cron}"${s.tz ? ` ${s.tz}` : ''}`;
        process.stdout.write(`${s.id}\tsite ${s.site ?? '?'}\t${when}\tnext ${s.next ?? '-'}\n`);
      }
      if (all.length === 0) process.stderr.write('no schedules\n');
      return 0;
    } finally {
      await queues.close();
    }
  },
};
