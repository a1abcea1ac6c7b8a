import { groups, groupSpan, rx, WORD_START } from '../pattern/index.js';
import { before, lookup, num, withYearRel, year } from './pattern.js';
import type { DateMod } from '../../../core/index.js';
import type { Anchor, DateParser, Mention, PartOfDay, RelAnchor } from './types.js';

/** Before a number: no letter, digit or number punctuation ("COVID-19", "3/2021/NQ-CP", "1.5"). */
export const NUM_START = '(?<![\\p{L}\\p{N}/.,:-])';
/** After a number: not another digit group ("6/9/21/4"), not a document code, not a decimal. */
export const NUM_END = '(?![\\p{L}\\p{N}]|[/.,:-]\\p{N})';

/** What every language's parsers share: its modifier words and its "this/last year" words after a date. */
export interface DateVocabulary {
  mods: Readonly<Record<string, DateMod>>;
  yearRel: Readonly<Record<string, number>>;
}

/** One match as a parser sees it: typed named groups, offsets, and the mention builder. */
export interface DateMatch<K extends string> {
  m: RegExpExecArray;
  g: Partial<Record<K, string>>;
  /** The sentence (original case). */
  input: string;
  start: number;
  end: number;
  /** A mention over the whole match; the `mod` and `yrel` groups give its modifier and relative year. */
  mention(from: Anchor, extra?: Partial<Mention>): Mention;
  /** Up to `width` characters before the match. */
  before(width?: number): string;
  /** The rest of the sentence after the match. */
  after(): string;
  startOf(name: K): number | undefined;
  endOf(name: K): number | undefined;
}

export interface ParserSpec<K extends string> {
  /** A cheap test on the lower-cased sentence; the parser runs only where it passes. */
  hint?: RegExp;
  /** The inner pattern; a word boundary is put before it unless `boundary: false`. */
  pattern: string;
  boundary?: boolean;
  extract(x: DateMatch<K>): Mention[];
}

/**
 * The parser base every language uses, after chrono's AbstractParserWithWordBoundaryChecking: the pattern is
 * put behind a Unicode word boundary (JS's word-boundary escape is ASCII-only) and compiled once; each match reaches
 * `extract` with its named groups typed by `names` and a `mention()` that reads the modifier ("cuối",
 * "awal", "early") and the relative year ("năm nay", "tahun lalu", "last year") the match wrote.
 */
export function dateParsers(vocab: DateVocabulary) {
  function mention(m: RegExpExecArray, from: Anchor, extra: Partial<Mention> = {}): Mention {
    const g = groups(m, 'mod', 'yrel');
    const base: Mention = {
      start: m.index,
      end: m.index + m[0].length,
      from,
      mod: lookup(vocab.mods, g.mod) ?? null,
      ...extra,
    };
    return withYearRel(base, lookup(vocab.yearRel, g.yrel));
  }

  function parser<K extends string>(names: readonly K[], spec: ParserSpec<K>): DateParser {
    const source = spec.boundary === false ? spec.pattern : `${WORD_START}${spec.pattern}`;
    let re: RegExp | undefined;
    return {
      hint: spec.hint,
      // Compiled on the first sentence that reaches it: a thread that never reads this language never pays for it.
      get re() {
        return (re ??= rx(source));
      },
      parse(m) {
        const start = m.index;
        const end = m.index + m[0].length;
        return spec.extract({
          m,
          g: groups(m, ...names),
          input: m.input,
          start,
          end,
          mention: (from, extra) => mention(m, from, extra),
          before: (width) => before(m.input, start, width),
          after: () => m.input.slice(end),
          startOf: (name) => groupSpan(m, name)?.[0],
          endOf: (name) => groupSpan(m, name)?.[1],
        });
      },
    };
  }

  /**
   * "hôm qua", "kemarin sore", "tonight": a day counted from the publication day, with the part of day and
   * the clock time the match wrote (groups `rel`, `pod`, `hh`, `mi`, `tz`).
   */
  function relDay(
    pattern: string,
    hint: RegExp,
    days: Readonly<Record<string, number>>,
    opts: {
      pods: Readonly<Record<string, PartOfDay>>;
      zones?: Readonly<Record<string, string>>;
      hour?: (h: number, pod?: PartOfDay) => number;
      podOf?: (rel: string) => PartOfDay | undefined;
    },
  ): DateParser {
    return parser(['rel', 'pod', 'hh', 'mi', 'tz'] as const, {
      hint,
      pattern,
      extract(x) {
        const offset = lookup(days, x.g.rel);
        if (offset === undefined) return [];
        const pod = lookup(opts.pods, x.g.pod) ?? opts.podOf?.(x.g.rel!.toLowerCase());
        const anchor: RelAnchor = { kind: 'rel', unit: 'day', offset };
        const hh = num(x.g.hh);
        if (hh !== undefined) {
          const utcOffset = opts.zones ? lookup(opts.zones, x.g.tz) : undefined;
          const hour = opts.hour ? opts.hour(hh, pod) : hh;
          return [x.mention({ ...anchor, hour, minute: num(x.g.mi) ?? 0 }, utcOffset ? { utcOffset } : {})];
        }
        return [x.mention(pod ? { ...anchor, pod } : anchor)];
      },
    });
  }

  /** "2024-03-15": an ISO day, the same in every language. */
  const isoDay = parser(['y', 'm', 'd'] as const, {
    hint: /\d{4}-\d\d-\d\d/,
    pattern: `${NUM_START}(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)${NUM_END}`,
    boundary: false,
    extract(x) {
      const y = year(x.g.y);
      const month = Number(x.g.m);
      if (y === undefined || month < 1 || month > 12) return [];
      return [x.mention({ kind: 'abs', year: y, month, day: Number(x.g.d) })];
    },
  });

  /** "Q4 2025", "Q1/2026", "Q3'25", "4Q25": a quarter in the codes of business news, the same in every language. */
  const quarterCode = parser(['q', 'y', 'yy', 'q2', 'y2'] as const, {
    hint: /q/i,
    pattern:
      `(?:q(?<q>[1-4])(?:\\s*[/-]?\\s*(?<y>(?:19|20)\\d\\d)|'(?<yy>\\d\\d))|(?<q2>[1-4])q(?<y2>(?:19|20)?\\d\\d))` +
      `(?![\\p{L}\\p{N}])`,
    extract(x) {
      const { g } = x;
      // Matched on the lower-cased sentence; the code is written with a capital ("q4" is not one).
      if (!x.m[0].includes('Q')) return [];
      const short = g.yy ?? (g.y2?.length === 2 ? g.y2 : undefined);
      const y = short !== undefined ? 2000 + Number(short) : year(g.y ?? g.y2);
      if (y === undefined) return [];
      return [x.mention({ kind: 'abs', quarter: Number(g.q ?? g.q2), year: y })];
    },
  });

  return { mention, parser, relDay, isoDay, quarterCode, yearList: YEAR_LIST };
}

/** "(1998, 2018, 2020, 2022)": a bracket that holds only years, two or more, is one fact per year. */
const YEAR_LIST: DateParser = {
  hint: /\(\s*\d{4}\s*[,;]/,
  re: rx('\\(\\s*\\d{4}(?:\\s*[,;]\\s*\\d{4})+\\s*\\)'),
  parse(m) {
    const out: Mention[] = [];
    for (const y of m[0].matchAll(/\d{4}/g)) {
      const value = year(y[0]);
      if (value === undefined) return [];
      const start = m.index + y.index;
      out.push({ start, end: start + 4, from: { kind: 'abs', year: value }, mod: null });
    }
    return out;
  },
};
