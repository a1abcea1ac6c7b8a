import type { Mention } from './types.js';
import type { Resolved } from './resolve.js';

export interface YearOf {
  start: number;
  end: number;
  /** month * 100 + day of the resolved day. */
  order: number;
  year: number;
}

const orderOf = (m: Mention): number | undefined =>
  m.from.kind === 'abs' && m.from.month !== undefined && m.from.day !== undefined ? m.from.month * 100 + m.from.day : undefined;

/**
 * A yearless day coordinated with, or ending a span from, the yearless day before it ("ngày 22-4 và 30-4", "từ ngày
 * 28/12 đến 16h30 ngày 7/2") takes that day's resolved year, the next one when it falls earlier in the year: each
 * resolved alone, the two could land in different years or the end before the start.
 */
export function withLinkedYear(m: Mention, resolved: readonly YearOf[]): Mention {
  if (m.yearAfter === undefined || m.tense !== undefined || m.from.kind !== 'abs') return m;
  const own = orderOf(m);
  const head = resolved.find((r) => r.start <= m.yearAfter! && m.yearAfter! < r.end);
  if (own === undefined || !head) return m;
  return { ...m, from: { ...m.from, year: own < head.order ? head.year + 1 : head.year } };
}

/** The year a linked day took is still implied: not written anywhere. */
export function keepYearImplied(r: Resolved): Resolved {
  return r.implied.includes('year') ? r : { ...r, implied: ['year', ...r.implied] };
}

/** What a later linked day needs of this one: its span and its resolved year. */
export function yearOf(m: Mention, r: Resolved): YearOf | null {
  const order = orderOf(m);
  const year = Number(r.value.slice(0, 4));
  return order === undefined || m.to || !Number.isInteger(year) ? null : { start: m.start, end: m.end, order, year };
}
