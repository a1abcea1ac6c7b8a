import { errorMessage, NewsfactsError } from '../core/index.js';
import { UsageError } from './command.js';
import { COMMANDS } from './commands/index.js';
import { redactCredentials } from '../queue/redact.js';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'newsfacts: crawl news sites, clean articles, extract sourced facts (doses, dates, statements)',
    '',
    'Usage: newsfacts <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `newsfacts <command> --help` for a command\'s options.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`newsfacts: unknown command "${name}"\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`newsfacts ${name}: ${redactCredentials(errorMessage(err))}\nUsage: ${command.usage}\n`);
      return 2;
    }
    const retry = err instanceof NewsfactsError ? (err.retryable ? ' (retryable)' : ' (not retryable)') : '';
    process.stderr.write(`newsfacts ${name}: ${redactCredentials(errorMessage(err))}${retry}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
