import { parseArgs } from 'node:util';
import { z } from 'zod';
import { dashboardAccess, dashboardGuard } from '../../queue/dashboard-guard.js';
import { loadReachableQueueEnv } from '../../queue/redis-reach.js';
import { QUEUE_NAMES } from '../../queue/names.js';
import { UsageError, type Command } from '../command.js';

const Options = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  'read-only': z.boolean(),
  'allow-writes': z.boolean(),
});

export const dashboardCommand: Command = {
  name: 'dashboard',
  summary: 'Serve bull-board for the discover, article and export queues until SIGINT/SIGTERM',
  usage:
    'newsfacts dashboard [--port 3000] [--host 127.0.0.1] [--read-only | --allow-writes]   ' +
    '(env: NEWSFACTS_DASHBOARD_TOKEN or NEWSFACTS_DASHBOARD_USER + NEWSFACTS_DASHBOARD_PASSWORD, NEWSFACTS_DASHBOARD_HOSTS)',
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '3000' },
        host: { type: 'string', default: '127.0.0.1' },
        'read-only': { type: 'boolean', default: false },
        'allow-writes': { type: 'boolean', default: false },
      },
    });
    const parsed = Options.safeParse(values);
    if (!parsed.success) throw new UsageError(`${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    const access = dashboardAccess(process.env, { readOnly: parsed.data['read-only'], allowWrites: parsed.data['allow-writes'] });
    // Loaded here so that other commands do not pay for express and bull-board at start-up.
    const [{ createBullBoard }, { BullMQAdapter }, { ExpressAdapter }, { default: express }, { openQueues }] = await Promise.all([
      import('@bull-board/api'),
      import('@bull-board/api/bullMQAdapter'),
      import('@bull-board/express'),
      import('express'),
      import('../../queue/queues.js'),
    ]);
    const env = await loadReachableQueueEnv();
    const queues = openQueues({ redisUrl: env.REDIS_URL, prefix: env.NEWSFACTS_PREFIX, attempts: env.NEWSFACTS_ATTEMPTS, backoffMs: env.NEWSFACTS_BACKOFF_MS });
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath('/');
    // @bull-board/express 9.10.1 carries its own @bull-board/api 9.10.1: same shape, separate declarations.
    const board = serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'];
    createBullBoard({ queues: QUEUE_NAMES.map((n) => new BullMQAdapter(queues[n], { readOnlyMode: !access.writable })), serverAdapter: board });
    const app = express();
    app.disable('x-powered-by');
    app.use(dashboardGuard(access));
    app.use('/', serverAdapter.getRouter());
    const server = app.listen(parsed.data.port, parsed.data.host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : parsed.data.port;
    process.stdout.write(`dashboard on http://${parsed.data.host}:${port}/ (prefix ${env.NEWSFACTS_PREFIX}, ${access.writable ? 'writes allowed' : 'read-only'}${access.auth ? '' : ', no credentials'})\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await queues.close();
    return 0;
  },
};
