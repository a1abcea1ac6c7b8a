import { dateGrammar } from '../../common/dates/grammar.js';
import type { DateGrammar } from '../../common/dates/types.js';
import { alt, L, R } from '../../common/dates/pattern.js';
import * as WORDS from './constants.js';
import {
  DAY_AFTER_BUOI,
  DAY_TIME_WORDS,
  ERA_WORDS,
  TITLE_NOUNS,
  HABITUAL_AFTER,
  HABITUAL_CLOCK_EARLIER,
  HABITUAL_EARLIER,
  HABITUAL_YEARLY_EARLIER,
  PARTS_OF_DAY,
  WEEKDAY_NUMBERS,
} from './constants.js';
import { VI_DAY_PARSERS } from './day-parsers.js';
import { VI_HOUR_SPAN_PARSERS } from './hour-span.js';
import { VI } from './pieces.js';
import { VI_RELATIVE_PARSERS } from './relative-parsers.js';

/** Built on first use (see lazyExtractor): the grammar compiles only for a page in this language. */
export const viGrammar = (): DateGrammar => dateGrammar([...VI_HOUR_SPAN_PARSERS, ...VI_DAY_PARSERS, VI.isoDay, VI.quarterCode, VI.yearList, ...VI_RELATIVE_PARSERS], WORDS.GRAMMAR_WORDS, {
  // "vào các tối thứ Sáu, thứ Bảy và Chủ nhật hàng tuần": the habitual word may follow a list of weekdays.
  habitualAfter: new RegExp(
    `^(?:\\s*(?:,|và)\\s*(?:(?:${alt(Object.keys(PARTS_OF_DAY))})\\s+)?(?:${alt(Object.keys(WEEKDAY_NUMBERS))}))*` +
      `\\s*(?:${alt(HABITUAL_AFTER)})${R}`,
    'iu',
  ),
  habitualEarlier: new RegExp(`${L}(?:${alt(HABITUAL_EARLIER)})${R}`, 'iu'),
  habitualClockEarlier: new RegExp(`${L}(?:${alt(HABITUAL_CLOCK_EARLIER)})${R}(?!\\s+(?:${alt(DAY_AFTER_BUOI)})${R})`, 'iu'),
  genericDayContext: new RegExp(`${L}(?:${alt(ERA_WORDS)})${R}`, 'iu'),
  titleBefore: new RegExp(`${L}(?:${alt(TITLE_NOUNS)})\\s*:?\\s*["“«‘']\\s*$`, 'iu'),
  // Only opening a clause: "doanh thu hàng năm …, riêng ngày 30/9" is an adjective, not a schedule.
  habitualYearlyEarlier: new RegExp(`(?:^|[,;:.]\\s*)(?:${alt(HABITUAL_YEARLY_EARLIER)})${R}`, 'iu'),
  dayTimeBetween: new RegExp(`^\\s*,?\\s*(?:(?:${alt(DAY_TIME_WORDS)})\\s+)?$`, 'iu'),
});
