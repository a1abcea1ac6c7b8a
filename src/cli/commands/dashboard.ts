import { Command } from '@commander-js/extra-typings';
import { loadQueueEnv } from '../../queue/config.js';
import { QUEUE_NAMES } from '../../queue/names.js';
import { defineCommand, examples, exitWith } from '../command.js';
import { int } from '../options.js';

export const dashboardCommand = defineCommand('dashboard', () =>
  new Command('dashboard')
    .option('--port <port>', 'HTTP port (0: any free port, printed)', int({ max: 65535 }), 3000)
    .option('--host <host>', 'address to listen on (0.0.0.0: every interface; put it behind auth first)', '127.0.0.1')
    .addHelpText('after', examples('REDIS_URL=redis://127.0.0.1:6379 newsfacts dashboard --port 3000'))
    .action(
      exitWith(async (o) => {
        // Loaded here so that other commands do not pay for express and bull-board at start-up.
        const [{ createBullBoard }, { BullMQAdapter }, { ExpressAdapter }, { default: express }, { openQueues }] =
          await Promise.all([
            import('@bull-board/api'),
            import('@bull-board/api/bullMQAdapter'),
            import('@bull-board/express'),
            import('express'),
            import('../../queue/queues.js'),
          ]);
        const env = loadQueueEnv();
        const queues = openQueues({
          redisUrl: env.REDIS_URL,
          prefix: env.NEWSFACTS_PREFIX,
          attempts: env.NEWSFACTS_ATTEMPTS,
          backoffMs: env.NEWSFACTS_BACKOFF_MS,
        });
        const serverAdapter = new ExpressAdapter();
        serverAdapter.setBasePath('/');
        // @bull-board/express 9.10.1 carries its own @bull-board/api 9.10.1: same shape, separate declarations.
        const board = serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'];
        createBullBoard({ queues: QUEUE_NAMES.map((n) => new BullMQAdapter(queues[n])), serverAdapter: board });
        const app = express();
        app.use('/', serverAdapter.getRouter());
        const server = app.listen(o.port, o.host);
        await new Promise<void>((resolve, reject) => {
          server.once('listening', resolve);
          server.once('error', reject);
        });
        const addr = server.address();
        const port = typeof addr === 'object' && addr ? addr.port : o.port;
        process.stdout.write(`dashboard on http://${o.host}:${port}/ (prefix ${env.NEWSFACTS_PREFIX})\n`);
        await new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve());
          process.once('SIGTERM', () => resolve());
        });
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await queues.close();
        return 0;
      }),
    ),
);
