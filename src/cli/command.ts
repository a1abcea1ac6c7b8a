import { Command, CommanderError } from '@commander-js/extra-typings';

/** Thrown for wrong arguments: printed with the command's usage, exit code 2. */
export class UsageError extends Error {}

/** Any commander command, whatever its inferred arguments and options. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = Command<any, any, any>;

/**
 * A CLI command. `build` declares its arguments and options (each once: flags, description, parser,
 * default) and its action; `run` parses argv (without the command name) and resolves to the exit code.
 */
export interface CliCommand {
  name: string;
  build(): AnyCommand;
  run(argv: string[]): Promise<number>;
}

const exitCodes = new WeakMap<object, number>();

function root(cmd: AnyCommand): AnyCommand {
  let c = cmd;
  while (c.parent) c = c.parent as AnyCommand;
  return c;
}

/** Wraps an action that resolves to an exit code; the code is kept on the top command for `exitCodeOf`. */
export function exitWith<A extends unknown[]>(fn: (...args: A) => Promise<number>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    const cmd = args[args.length - 1] as AnyCommand;
    exitCodes.set(root(cmd), await fn(...args));
  };
}

export function exitCodeOf(cmd: AnyCommand): number {
  return exitCodes.get(root(cmd)) ?? 0;
}

/** Settings every command shares: errors are thrown (not process.exit), options listed in declaration order. */
export function configure(cmd: AnyCommand): AnyCommand {
  cmd.exitOverride().configureHelp({ sortOptions: false, showGlobalOptions: true });
  for (const sub of cmd.commands) configure(sub as AnyCommand);
  return cmd;
}

/** `--help` and `--version` end with exit code 0; every other commander error is a usage error. */
export function isHelpOrVersion(err: unknown): boolean {
  return (
    err instanceof CommanderError &&
    (err.code === 'commander.helpDisplayed' ||
      err.code === 'commander.version' ||
      (err.code === 'commander.help' && err.exitCode === 0))
  );
}

/**
 * A top-level command: `build` declares it, `exampleLines` (and an optional `note`, e.g. the environment it
 * reads) end its help.
 */
export function defineCommand(
  name: string,
  build: () => AnyCommand,
  exampleLines: readonly string[],
  note = '',
): CliCommand {
  const withHelp = (): AnyCommand => configure(build().addHelpText('after', examples(...exampleLines) + note));
  return {
    name,
    build: withHelp,
    async run(argv) {
      const cmd = withHelp();
      try {
        await cmd.parseAsync(argv, { from: 'user' });
      } catch (err) {
        if (isHelpOrVersion(err)) return 0;
        if (err instanceof CommanderError) throw new UsageError(err.message.replace(/^error: /, ''));
        throw err;
      }
      return exitCodeOf(cmd);
    },
  };
}

/** Examples shown at the end of a command's help. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}
