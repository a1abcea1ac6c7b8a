import { pino, type Logger } from 'pino';
import { redactCredentials } from '../queue/redact.js';
import { followLogLevel, logLevel } from './log-level.js';
import { writeLogLine } from './progress.js';

const HIDDEN = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/** One log line for people: `12:00:01 WARN message key=value`. */
function humanLine(json: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof o.time === 'string' ? o.time.slice(11, 19) : '';
  const level = pino.levels.labels[Number(o.level)] ?? String(o.level);
  const extra = Object.entries(o)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
  const tail = extra.length ? ` ${extra.join(' ')}` : '';
  return `${time} ${level.toUpperCase().padEnd(5)} ${String(o.msg ?? '')}${tail}\n`;
}

let current: Logger | undefined;

/**
 * The CLI's logger, on stderr: JSON lines with NEWSFACTS_LOG_FORMAT=json, else one readable line per
 * record. It writes through process.stderr.write (above a progress bar if one is shown), so log lines and
 * progress never interleave mid-line.
 */
export function logger(): Logger {
  if (current) return current;
  const json = process.env.NEWSFACTS_LOG_FORMAT === 'json';
  const stream = { write: (line: string) => writeLogLine(redactCredentials(json ? line : humanLine(line))) };
  const base = json ? { pid: process.pid } : null;
  current = pino({ level: logLevel(), timestamp: pino.stdTimeFunctions.isoTime, base }, stream);
  const made = current;
  followLogLevel((l) => (made.level = l));
  return made;
}
