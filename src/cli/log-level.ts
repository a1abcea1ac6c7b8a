/** The log level alone, without the logger: `main` sets it for every command without loading pino. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

let level: LogLevel = (LOG_LEVELS as readonly string[]).includes(process.env.NEWSFACTS_LOG_LEVEL ?? '')
  ? (process.env.NEWSFACTS_LOG_LEVEL as LogLevel)
  : 'info';
let onChange: ((l: LogLevel) => void) | undefined;

export function logLevel(): LogLevel {
  return level;
}

export function setLogLevel(l: LogLevel): void {
  level = l;
  onChange?.(l);
}

/** The logger, once made, follows later changes of the level. */
export function followLogLevel(f: (l: LogLevel) => void): void {
  onChange = f;
}
