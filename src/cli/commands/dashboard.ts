import { Command } from '@commander-js/extra-typings';
import { dashboardAccess, dashboardGuard } from '../../queue/dashboard-guard.js';
import { QUEUE_NAMES } from '../../queue/names.js';
import { defineCommand, exitWith } from '../command.js';
import { openCliQueues } from '../open-queues.js';
import { int } from '../options.js';

export const dashboardCommand = defineCommand('dashboard', () =>
  new Command('dashboard')
    .option('--port <port>', 'HTTP port (0: any free port, printed)', int({ max: 65535 }), 3000)
    .option('--host <host>', 'address to listen on (0.0.0.0: every interface)', '127.0.0.1')
    .option('--read-only', 'start without credentials; every request but GET/HEAD refused', false)
    .option('--allow-writes', 'let authenticated users add, retry, pause and remove jobs', false)
    .action(
      exitWith(async (o) => {
        const access = dashboardAccess(process.env, { readOnly: o.readOnly, allowWrites: o.allowWrites });
        // Loaded here so that other commands do not pay for express and bull-board at start-up.
        const [{ createBullBoard }, { BullMQAdapter }, { ExpressAdapter }, { default: express }] =
          await Promise.all([
            import('@bull-board/api'),
            import('@bull-board/api/bullMQAdapter'),
            import('@bull-board/express'),
            import('express'),
          ]);
        const { env, queues } = await openCliQueues();
        const serverAdapter = new ExpressAdapter();
        serverAdapter.setBasePath('/');
        // @bull-board/express 9.10.1 carries its own @bull-board/api 9.10.1: same shape, separate declarations.
        const board = serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'];
        createBullBoard({
          queues: QUEUE_NAMES.map((n) => new BullMQAdapter(queues[n], { readOnlyMode: !access.writable })),
          serverAdapter: board,
        });
        const app = express();
        app.disable('x-powered-by');
        app.use(dashboardGuard(access));
        app.use('/', serverAdapter.getRouter());
        const server = app.listen(o.port, o.host);
        await new Promise<void>((resolve, reject) => {
          server.once('listening', resolve);
          server.once('error', reject);
        });
        const addr = server.address();
        const port = typeof addr === 'object' && addr ? addr.port : o.port;
        const mode = `${access.writable ? 'writes allowed' : 'read-only'}${access.auth ? '' : ', no credentials'}`;
        process.stdout.write(`dashboard on http://${o.host}:${port}/ (prefix ${env.NEWSFACTS_PREFIX}, ${mode})\n`);
        await new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve());
          process.once('SIGTERM', () => resolve());
        });
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await queues.close();
        return 0;
      }),
    ),
  [
    'NEWSFACTS_DASHBOARD_TOKEN=… REDIS_URL=redis://127.0.0.1:6379 newsfacts dashboard --port 3000',
  ],
  '\nCredentials (required unless --read-only): NEWSFACTS_DASHBOARD_TOKEN, or NEWSFACTS_DASHBOARD_USER +\n' +
    'NEWSFACTS_DASHBOARD_PASSWORD; other Host names than IPs and localhost: NEWSFACTS_DASHBOARD_HOSTS.\n',
);
