import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from '@commander-js/extra-typings';
import { configure, exitCodeOf, isHelpOrVersion, UsageError, type AnyCommand } from './command.js';
import { COMMANDS } from './commands/index.js';
import { LOG_LEVELS, setLogLevel, type LogLevel } from './log-level.js';
import { redactCredentials } from '../queue/redact.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The command named in argv (`help <command>` too), skipping the global options before it. */
function commandName(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--log-level') i++;
    else if (a === 'help') return argv[i + 1];
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

function program(): AnyCommand {
  return new Command('newsfacts')
    .description('Crawl news sites, clean articles, extract sourced facts (doses, dates, statements)')
    .version(version, '-V, --version', 'print the version')
    .addOption(
      new Option(
        '--log-level <level>',
        'log records at this level and above on stderr (NEWSFACTS_LOG_FORMAT=json: JSON lines)',
      )
        .choices(LOG_LEVELS)
        .default('info' as LogLevel)
        .env('NEWSFACTS_LOG_LEVEL'),
    )
    .addHelpText('after', "\nRun `newsfacts <command> --help` for a command's options and examples.\n");
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function main(argv: string[]): Promise<number> {
  const top = program();
  const wanted = commandName(argv);
  let loaded: AnyCommand | undefined;
  for (const entry of COMMANDS) {
    if (entry.name === wanted) {
      loaded = (await entry.load()).build().description(entry.summary);
      top.addCommand(loaded);
    } else top.command(entry.name).description(entry.summary);
  }
  configure(top);
  top.hook('preAction', (cmd) => setLogLevel(cmd.opts().logLevel as LogLevel));
  try {
    await top.parseAsync(argv, { from: 'user' });
    return exitCodeOf(top);
  } catch (err) {
    if (isHelpOrVersion(err)) return 0;
    const cmd = loaded ? `newsfacts ${loaded.name()}` : 'newsfacts';
    const usage = `Usage: ${cmd} ${(loaded ?? top).usage()}\n(${cmd} --help for every option)\n`;
    // commander has printed its message
    if (err instanceof CommanderError) {
      if (err.code !== 'commander.help') process.stderr.write(usage);
      return 2;
    }
    const { NewsfactsError } = await import('../core/errors.js');
    if (err instanceof UsageError || (err instanceof NewsfactsError && err.code === 'usage')) {
      process.stderr.write(`${cmd}: ${redactCredentials(err.message)}\n${usage}`);
      return 2;
    }
    const retry = err instanceof NewsfactsError ? (err.retryable ? ' (retryable)' : ' (not retryable)') : '';
    process.stderr.write(`${cmd}: ${redactCredentials(errorText(err))}${retry}\n`);
    return 1;
  }
}

// `newsfacts … | head`: a reader that stops early is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2));
