import type { Queue } from 'bullmq';
import { z } from 'zod';
import { NewsfactsError } from '../core/index.js';
import { DiscoverJob } from './payloads.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "30m", "2h", "90s", "1d", "500ms" → milliseconds. */
export function parseEvery(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/.exec(text.trim());
  const n = m ? Number(m[1]) * UNITS[m[2]!]! : NaN;
  if (!Number.isFinite(n) || n < 1000) throw new NewsfactsError('schedule', text, 'expected a duration of at least 1s such as 90s, 30m, 2h or 1d');
  return Math.round(n);
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const ScheduleSpec = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'a schedule id is letters, digits, "-", "_" and "." (no ":")'),
    job: DiscoverJob,
    every: z.number().int().min(1000).optional(),
    cron: z.string().min(1).optional(),
    tz: z.string().refine(validTimeZone, 'not an IANA time zone (e.g. Asia/Ho_Chi_Minh)').optional(),
  })
  .refine((s) => (s.every === undefined) !== (s.cron === undefined), 'give exactly one of --every and --cron')
  .refine((s) => s.tz === undefined || s.cron !== undefined, '--tz goes with --cron');
export type ScheduleSpec = z.infer<typeof ScheduleSpec>;

export interface ScheduleInfo {
  id: string;
  site: string | undefined;
  every: number | undefined;
  cron: string | undefined;
  tz: string | undefined;
  next: string | undefined;
}

/** Creates or replaces a Job Scheduler on the discover queue (BullMQ 6 ignores the old `repeat` option). */
export async function upsertSchedule(discover: Queue, spec: ScheduleSpec): Promise<void> {
  const repeat = spec.every !== undefined ? { every: spec.every } : { pattern: spec.cron!, ...(spec.tz ? { tz: spec.tz } : {}) };
  try {
    await discover.upsertJobScheduler(spec.id, repeat, { name: 'discover', data: spec.job });
  } catch (err) {
    throw new NewsfactsError('schedule', spec.cron ?? spec.id, `cannot schedule: ${(err as Error).message}`, { cause: err });
  }
}

export async function listSchedules(discover: Queue): Promise<ScheduleInfo[]> {
  const all = await discover.getJobSchedulers(0, -1, true);
  return all.map((s) => ({
    id: s.id ?? s.key,
    site: (s.template?.data as { site?: string } | undefined)?.site,
    every: s.every ?? undefined,
    cron: s.pattern ?? undefined,
    tz: s.tz ?? undefined,
    next: s.next ? new Date(s.next).toISOString() : undefined,
  }));
}

export async function removeSchedule(discover: Queue, id: string): Promise<boolean> {
  return discover.removeJobScheduler(id);
}
