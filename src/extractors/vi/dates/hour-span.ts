import { NUM_END, NUM_START } from '../../common/dates/parser.js';
import type { AbsAnchor, DateParser } from '../../common/dates/types.js';
import { month, VI, year } from './pieces.js';

const HOUR = '(?:[01]?\\d|2[0-3])';

/**
 * "Tính từ 6h đến 18h ngày 6/8", "từ 0h đến 14h ngày 7.9", "từ 7 đến 15h ngày 16/6": two clock times written before
 * one day, an interval of that day (the bulletins' hour-bounded periods). "từ 8h đến 17h" without a day stays opening
 * hours; "từ 18h ngày 5/8 đến 6h ngày 6/8" (each end with its day) is the ordinary span of two day-times.
 */
const hourSpanOnDay = VI.parser(['h1', 'm1', 'h2', 'm2', 'd', 'sep', 'm', 'y'] as const, {
  hint: /từ\s+\d{1,2}\s*(?:h|giờ)?\s*(?:\d\d)?\s*(?:phút\s*)?(?:-|–|đến|tới)\s*\d{1,2}\s*(?:h|giờ)/u,
  pattern:
    `từ\\s+${NUM_START}(?<h1>${HOUR})\\s*(?:(?:h|giờ)\\s*(?<m1>[0-5]\\d)?(?:\\s*phút)?)?\\s*(?:-|–|đến|tới)\\s*` +
    `(?<h2>${HOUR})\\s*(?:h|giờ)\\s*(?<m2>[0-5]\\d)?(?:\\s*phút)?\\s*,?\\s*(?:ngày\\s+)?` +
    `(?<d>[0-3]?\\d)(?<sep>[/.-])(?<m>[01]?\\d)(?:\\k<sep>(?<y>\\d{4}))?${NUM_END}`,
  extract(x) {
    const { g } = x;
    const mo = month(g.m);
    const d = Number(g.d);
    const from = { hour: Number(g.h1), minute: Number(g.m1 ?? 0) };
    const to = { hour: Number(g.h2), minute: Number(g.m2 ?? 0) };
    if (mo === undefined || d < 1 || d > 31 || (g.y && year(g.y) === undefined)) return [];
    // An end before the start runs overnight from the day before: the day written is only the second end's.
    if (to.hour * 60 + to.minute <= from.hour * 60 + from.minute) return [];
    const day: AbsAnchor = { kind: 'abs', day: d, month: mo, year: year(g.y) };
    return [x.mention({ ...day, ...from }, { to: { ...day, ...to } })];
  },
});

export const VI_HOUR_SPAN_PARSERS: readonly DateParser[] = [hourSpanOnDay];
