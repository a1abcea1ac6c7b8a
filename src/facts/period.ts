import { z } from 'zod';

const IsoDay = z.iso.date();

/** The calendar days a date fact covers: first and last (inclusive), ISO dates. */
export const Period = z.object({ from: IsoDay, to: IsoDay });
export type Period = z.infer<typeof Period>;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function fromUtc(ms: number): string {
  const d = new Date(ms);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Monday of ISO week 1 is the Monday of the week that holds 4 January. */
function isoWeek(year: number, week: number): Period {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const monday = jan4 - weekday * 86_400_000 + (week - 1) * 7 * 86_400_000;
  return { from: fromUtc(monday), to: fromUtc(monday + 6 * 86_400_000) };
}

const SEASON_MONTHS: Record<string, [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  AU: [9, 11],
  WI: [12, 14],
};

function months(y: number, first: number, last: number): Period {
  const endYear = y + Math.floor((last - 1) / 12);
  const endMonth = ((last - 1) % 12) + 1;
  return { from: iso(y, first, 1), to: iso(endYear, endMonth, lastDay(endYear, endMonth)) };
}

/** One side of a TimeML value (no "/"). */
function side(v: string): Period | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$/.exec(v))) {
    const d = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return IsoDay.safeParse(d).success ? { from: d, to: d } : null;
  }
  if ((m = /^(\d{4})-(\d\d)$/.exec(v))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? months(Number(m[1]), month, month) : null;
  }
  if ((m = /^(\d{4})-W(\d\d)(?:-(\d))?$/.exec(v))) {
    const week = isoWeek(Number(m[1]), Number(m[2]));
    if (m[3] === undefined) return week;
    const day = fromUtc(Date.parse(week.from) + (Number(m[3]) - 1) * 86_400_000);
    return { from: day, to: day };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return months(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return months(Number(m[1]), Number(m[2]) * 6 - 5, Number(m[2]) * 6);
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v))) {
    const [first, last] = SEASON_MONTHS[m[2]!]!;
    return months(Number(m[1]), first, last);
  }
  if ((m = /^(\d{4})$/.exec(v))) return months(Number(m[1]), 1, 12);
  if ((m = /^(\d{3})X?$/.exec(v))) return { from: `${m[1]}0-01-01`, to: `${m[1]}9-12-31` };
  return null;
}

/**
 * The first and last calendar day a TimeML value covers: `2021-09-06T15:00+07:00` → 6 Sep, `2021-W36` →
 * 6–12 Sep, `2021-Q3` → 1 Jul–30 Sep, `2021-09/2021-10` → 1 Sep–31 Oct, `2021-SU` → 1 Jun–31 Aug. Null
 * when the value has no known year (`XXXX-09-06`) or is not a calendar value.
 */
export function periodOf(value: string): Period | null {
  const parts = value.split('/');
  if (parts.length > 2) return null;
  const first = side(parts[0]!);
  const last = parts.length === 2 ? side(parts[1]!) : first;
  if (!first || !last || last.to < first.from) return null;
  return { from: first.from, to: last.to };
}
