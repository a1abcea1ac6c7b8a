import { alt, L, lookup, R, wordsBefore } from '../../common/dates/pattern.js';
import type { DateParser } from '../../common/dates/types.js';
import {
  HEDGE_BEFORE,
  MODS,
  NUMBER_WORDS,
  PARTS_OF_DAY,
  REL_DAYS,
  REL_OFFSETS,
  REL_POD,
  REL_UNITS,
  WEEKDAYS,
  WEEKDAY_OFFSETS,
  WEEKDAY_PREPOSITIONS,
  REPORTING_VERBS,
} from './constants.js';
import { EN, MOD } from './pieces.js';

/** "on Tuesday", and news style "said Tuesday": a weekday right after a reporting verb is the day it was said. */
const WEEKDAY_BEFORE = wordsBefore([...WEEKDAY_PREPOSITIONS, ...REPORTING_VERBS]);
const HEDGE_BEFORE_RE = wordsBefore(HEDGE_BEFORE);
const SAID_BEFORE = new RegExp(`${L}(?:${alt(REPORTING_VERBS.filter((v) => v !== 'says'))})\\s+$`, 'iu');

const relUnit = EN.parser(['mod', 'off', 'unit'] as const, {
  hint: /(?:last|previous|this|current|next|coming)\s+(?:week|month|quarter|year)/,
  pattern:
    `(?<!the\\s+)${MOD}(?<off>${alt(Object.keys(REL_OFFSETS))})\\s+(?<unit>${alt(Object.keys(REL_UNITS))})${R}` +
    `(?!\\s+of|'s|’s)`,
  extract: (x) => [
    x.mention({ kind: 'rel', unit: lookup(REL_UNITS, x.g.unit)!, offset: lookup(REL_OFFSETS, x.g.off)! }),
  ],
});

// "the end of the year", "the beginning of the month".
const relUnitPart = EN.parser(['mod', 'unit'] as const, {
  hint: /of\s+the\s+(?:week|month|quarter|year)/,
  pattern:
    `(?<mod>${alt(Object.keys(MODS).filter((k) => k.startsWith('the ')))})\\s+the\\s+(?<unit>` +
    `${alt(Object.keys(REL_UNITS))})${R}`,
  extract: (x) => [x.mention({ kind: 'rel', unit: lookup(REL_UNITS, x.g.unit)!, offset: 0 })],
});

// "two weeks ago", "3 days ago".
const ago = EN.parser(['n', 'unit'] as const, {
  hint: / ago/,
  pattern:
    `(?<n>\\d{1,2}|${alt(Object.keys(NUMBER_WORDS))})\\s+(?<unit>day|${alt(Object.keys(REL_UNITS))})s?\\s+ago` + `${R}`,
  extract(x) {
    const n = /^\d+$/.test(x.g.n!) ? Number(x.g.n) : lookup(NUMBER_WORDS, x.g.n)!;
    const unit = x.g.unit!.toLowerCase() === 'day' ? 'day' : lookup(REL_UNITS, x.g.unit)!;
    if (HEDGE_BEFORE_RE.test(x.before())) return [];
    return n > 0 ? [x.mention({ kind: 'rel', unit, offset: -n })] : [];
  },
});

// "on Tuesday", "last Friday", "Monday morning".
const weekday = EN.parser(['off', 'wd', 'pod'] as const, {
  hint: /day(?![\p{L}\p{N}])/u,
  pattern:
    `(?:(?<off>last|next|this|coming)\\s+)?(?<wd>${alt(WEEKDAYS)})(?:\\s+(?<pod>` +
    `${alt(Object.keys(PARTS_OF_DAY))}))?${R}`,
  extract(x) {
    const { g } = x;
    if (g.wd![0] === g.wd![0]!.toLowerCase()) return [];
    if (!g.off && !g.pod && !WEEKDAY_BEFORE.test(x.before())) return [];
    // "said Tuesday it would …": the day it was said, before the publication day whatever the reported clause says.
    const said = !g.off && SAID_BEFORE.test(x.before()) ? { tense: -1 as const } : {};
    const pod = lookup(PARTS_OF_DAY, g.pod);
    return [
      x.mention(
        {
          kind: 'weekday',
          weekday: WEEKDAYS.indexOf(g.wd!.toLowerCase()) + 1,
          offset: lookup(WEEKDAY_OFFSETS, g.off) ?? 0,
          ...(pod ? { pod } : {}),
        },
        said,
      ),
    ];
  },
});

export const EN_RELATIVE_PARSERS: readonly DateParser[] = [
  relUnit,
  relUnitPart,
  ago,
  weekday,
  EN.relDay(
    `(?<rel>${alt(Object.keys(REL_DAYS))})(?:\\s+(?<pod>${alt(Object.keys(PARTS_OF_DAY))}))?` + `${R}`,
    /today|yesterday|tomorrow|tonight/,
    REL_DAYS,
    {
      pods: PARTS_OF_DAY,
      podOf: (rel) => (rel === 'tonight' ? 'NI' : undefined),
    },
  ),
  EN.relDay(
    `(?<rel>this|last)\\s+(?<pod>${alt(Object.keys(PARTS_OF_DAY))})` + `${R}`,
    /(?:this|last)\s+(?:morning|noon|afternoon|evening|night)/,
    REL_POD,
    { pods: PARTS_OF_DAY },
  ),
];
