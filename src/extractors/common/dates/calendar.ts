/** A calendar day in the article's time zone. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** Minutes east of UTC for "+07:00" / "-05:30"; null when malformed. */
function offsetMinutes(offset: string): number | null {
  const m = /^([+-])(\d\d):(\d\d)$/.exec(offset);
  if (!m) return null;
  const mins = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -mins : mins;
}

/** The publication day as seen in the site's zone: 2021-09-06T00:30+07:00 is 6 September at +07:00. */
export function localDay(iso: string | null, utcOffset: string): Ymd | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const shift = offsetMinutes(utcOffset) ?? 0;
  const d = new Date(t + shift * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(month: number, day: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year ?? 2024, month);
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(ymd: Ymd): { year: number; week: number } {
  const n = dayNumber(ymd.year, ymd.month, ymd.day);
  const weekday = (new Date(n * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  const thursday = fromDayNumber(n - weekday + 3);
  const jan1 = dayNumber(thursday.year, 1, 1);
  return { year: thursday.year, week: Math.floor((n - weekday + 3 - jan1) / 7) + 1 };
}

/** Adds months to a (year, month) pair. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + delta;
  return { year: Math.floor(i / 12), month: (((i % 12) + 12) % 12) + 1 };
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
