import { lookup } from './pattern.js';
import type { AbsAnchor, Mention, PartOfDay, WeekdayAnchor } from './types.js';

/** What a parser's match gives the shared builders below (see `DateMatch`). */
interface Match {
  end: number;
  mention(from: AbsAnchor, extra?: Partial<Mention>): Mention;
}

/** Where the two months of "July and September" stand, and what each fact carries besides its anchor. */
export interface MonthPairPlace {
  isRange: boolean;
  firstEnd: number;
  secondStart: number;
  extra?: Partial<Mention>;
  secondExtra?: Partial<Mention>;
}

/**
 * Two written months, the year written after the second: a range or consecutive months are one span
 * ("July to September", "Juli dan Agustus 2021"); other coordinated months are two facts, the year shared
 * back to the first ("tháng 7 và tháng 9/2021": the first of a wrapping pair is the year before).
 */
export function monthPair(x: Match, first: AbsAnchor, second: AbsAnchor, at: MonthPairPlace): Mention[] {
  const m1 = first.month!;
  const m2 = second.month!;
  const y = second.year;
  if (at.isRange || m2 === (m1 % 12) + 1) return [x.mention(first, { to: second, ...at.extra })];
  const shared =
    first.year !== undefined || y === undefined ? first : { ...first, year: m1 > m2 ? y - 1 : y, yearShared: true };
  return [
    { ...x.mention(shared), end: at.firstEnd },
    { start: at.secondStart, end: x.end, from: second, mod: null, ...at.secondExtra },
  ];
}

/** A language's weekday words, as its `dates/constants.ts` exports them. */
export interface WeekdayWords {
  WEEKDAY_NUMBERS: Readonly<Record<string, number>>;
  WEEKDAY_OFFSETS: Readonly<Record<string, -1 | 0 | 1>>;
  WEEKDAY_WEEKS: Readonly<Record<string, -1 | 0 | 1>>;
}

/** The words that may follow a weekday: "lalu", "depan", "tuần trước", "pekan depan". */
export const weekdayAfterWords = (w: WeekdayWords): string[] => [
  ...Object.keys(w.WEEKDAY_OFFSETS),
  ...Object.keys(w.WEEKDAY_WEEKS),
];

/** "thứ Sáu tuần tới", "Rabu pekan depan", "Senin lalu", "sáng thứ Hai": the weekday, its week or direction, part of day. */
export function weekdayAnchor(
  w: WeekdayWords,
  wd: string | undefined,
  after: string | undefined,
  pod: PartOfDay | undefined,
): WeekdayAnchor | undefined {
  const weekday = lookup(w.WEEKDAY_NUMBERS, wd);
  if (weekday === undefined) return undefined;
  const week = lookup(w.WEEKDAY_WEEKS, after);
  return {
    kind: 'weekday',
    weekday,
    offset: lookup(w.WEEKDAY_OFFSETS, after) ?? 0,
    ...(week !== undefined ? { week } : {}),
    ...(pod ? { pod } : {}),
  };
}
