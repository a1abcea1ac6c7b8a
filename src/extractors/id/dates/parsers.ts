import { dateGrammar } from '../../common/dates/grammar.js';
import type { DateGrammar } from '../../common/dates/types.js';
import { alt, L, R, rxLower } from '../../common/dates/pattern.js';
import * as WORDS from './constants.js';
import {
  ALREADY_CUES,
  DAY_TIME_WORDS,
  TIME_DAY_WORDS,
  ELECTION_NAMES,
  GENERIC_DAY_WORDS,
  TITLE_NOUNS,
  VOTING_DAY_NOUNS,
  HABITUAL_AFTER,
  HABITUAL_EARLIER,
  HABITUAL_YEARLY_EARLIER,
  STATE_AFTER_ALREADY,
  WEEKDAYS,
} from './constants.js';
import { ID_DAY_PARSERS } from './day-parsers.js';
import { ID } from './pieces.js';
import { ID_RELATIVE_PARSERS } from './relative-parsers.js';

/** Built on first use (see lazyExtractor): the grammar compiles only for a page in this language. */
export const idGrammar = (): DateGrammar => dateGrammar([...ID_DAY_PARSERS, ID.isoDay, ID.quarterCode, ID.yearList, ...ID_RELATIVE_PARSERS], WORDS.GRAMMAR_WORDS, {
  // "pada Senin dan Kamis setiap pekan": the habitual word may follow a list of weekdays.
  habitualAfter: new RegExp(
    `^(?:\\s*(?:,|dan)\\s*(?:hari\\s+)?(?:${alt(WEEKDAYS)}))*\\s*,?\\s*(?:${alt(HABITUAL_AFTER)})${R}`,
    'iu',
  ),
  pastCues: rxLower(
    `${L}(?:(?!(?:${alt(ALREADY_CUES)})\\s+(?:${alt(STATE_AFTER_ALREADY)})${R})(?:${alt(WORDS.GRAMMAR_WORDS.PAST_CUES)}))${R}`,
  ),
  habitualEarlier: new RegExp(`${L}(?:${alt(HABITUAL_EARLIER)})${R}`, 'iu'),
  genericDayContext: new RegExp(`${L}(?:${alt(GENERIC_DAY_WORDS)})${R}`, 'iu'),
  titleBefore: new RegExp(`${L}(?:${alt(TITLE_NOUNS)})\\s*:?\\s*["“«‘']\\s*$`, 'iu'),
  // Only opening a clause: "doanh thu hàng năm …, riêng ngày 30/9" is an adjective, not a schedule.
  habitualYearlyEarlier: new RegExp(`(?:^|[,;:.]\\s*)(?:${alt(HABITUAL_YEARLY_EARLIER)})${R}`, 'iu'),
  // Case-sensitive: a lower-case "minggu ini" is only the week.
  weekNamingDay: new RegExp(`^(?:${WORDS.WEEK_WORDS_NAMING_DAY.map((w) => w.replace(/\s+/gu, '\\s+')).join('|')})$`, 'u'),
  dayTimeBetween: new RegExp(`^\\s*,?\\s*(?:(?:${alt(DAY_TIME_WORDS)})\\s+){0,2}$`, 'iu'),
  timeDayBetween: new RegExp(`^\\s*,?\\s*(?:${alt(TIME_DAY_WORDS)})\\s+$`, 'iu'),
  eventDayYear: new RegExp(
    `${L}(?:${alt(VOTING_DAY_NOUNS)})\\s+(?:${alt(ELECTION_NAMES)})(?:\\s+\\p{Ll}+){0,2}\\s+(?<y>\\d{4})(?![\\p{L}\\p{N}])`,
    'giu',
  ),
});
