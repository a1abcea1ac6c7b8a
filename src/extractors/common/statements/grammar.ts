import type { StatementRules } from './types.js';

import { alternation, escapeRe, WORD_END as NA, WORD_START as NB } from '../pattern/index.js';

export { alternation, escapeRe };

/**
 * Regex sources for capitalised name words (Latin-script languages): `word` is a name's first word, never
 * one of `stopWords` and never an all-caps acronym; `next` is any further word or initial. Only the first
 * word is checked against the stop list: checking every word made the regex ten times slower.
 */
export function capitalisedNameWords(stopWords: readonly string[]): { word: string; next: string } {
  const notName = `(?!(?:${alternation(stopWords)})${NA})`;
  const notAcronym = '(?!\\p{Lu}{2,}(?![\\p{Ll}]))';
  return {
    word: `${notName}(?:\\p{Lu}\\.|${notAcronym}\\p{Lu}[\\p{L}'’-]*${NA})`,
    next: `(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*${NA})`,
  };
}

function withCase(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.charAt(0).toLowerCase() + w.slice(1)]);
}

/**
 * The compiled regexes of one language. The speaker grammar lives in ONE regex (`speaker`), run once
 * over the article; every other pattern is small and is tried at the edges of the speakers it found,
 * which keeps both compiling and matching cheap.
 */
export interface Grammar {
  rules: StatementRules;
  /** Speaker phrases, with one group per part per form (see parseSpeakerMatch). */
  speaker: RegExp;
  fullName: RegExp;
  titleAliases: Map<string, string>;
  /** Every title, lower-cased. */
  titleSet: Set<string>;
  /** At a speaker's end: adverbs, the verb, its object, a complementiser, a separator. Sticky. */
  verbTail: RegExp;
  /** At a speaker's end: adverbs and the verb only (a quote's attribution after it). Sticky. */
  verbOnly: RegExp;
  /** At a speaker's end: the end of the sentence. Sticky. */
  sentenceEnd: RegExp;
  /** At a speaker's end: the comma after "Theo X". Sticky. */
  comma: RegExp;
  /** Before a speaker: "…, kata " / "…, said ". */
  postVerbBefore: RegExp;
  /** Before a speaker: "Theo " at the start / ", theo " inside. */
  accBefore: RegExp;
  accTailBefore: RegExp;
  /** Before a speaker: the comma that ends the reported clause. */
  commaBefore: RegExp;
  /** "clause, katanya." */
  postPronoun: RegExp;
  /** After a closing mark: punctuation and dashes to skip. Sticky. */
  afterSkip: RegExp;
  /** After a closing mark: "kata " / "said ". Sticky. */
  postVerbAt: RegExp;
  /** After a closing mark: "katanya". Sticky. */
  pronounVerbAt: RegExp;
  /** After a closing mark: "theo ". Sticky. */
  accAt: RegExp;
  /** Between a name and the title that follows it: "Bà X, | Phó Chủ tịch …". */
  appositiveGap: RegExp;
  /** What may stand between a title and the name it belongs to. */
  titleNameGap: RegExp;
  /** A gap that is only a country or starts with a link word ("untuk", "in"): not an organisation. */
  countryOrLink: RegExp;
  /** After a title: a gap and a foreign name standing right before a reporting verb. Sticky. */
  foreignName: RegExp | null;
  /** Any reporting word: sentences and windows without one are skipped. */
  hint: RegExp;
  /** Words right before an opening mark that make it a name. */
  nameIntro: RegExp;
  badClauseStart: RegExp;
}

export function compileGrammar(rules: StatementRules): Grammar {
  // Titles match as written ("Deputy Foreign Minister", "spokesperson"); in lower case only after a
  // determiner ("the deputy foreign minister"): lower-case titles everywhere made the regex ten times slower.
  const T = `(?:${alternation(rules.titles)})`;
  const TD = rules.lowerCaseTitles ? `(?:${alternation([...withCase(rules.titles), ...rules.titles.map((t) => t.toLowerCase())])})` : T;
  // "Quỹ Nhi đồng Liên hợp quốc (UNICEF) tại Việt Nam": an acronym and a country may follow any organisation.
  const orgSuffix = `(?:\\s*\\([\\p{Lu}\\p{N}-]{2,}\\))?(?:\\s+(?:tại|ở|di|untuk|in)\\s+(?:${alternation(rules.countries)})${NA})?`;
  const orgs = [...rules.orgs, ...rules.orgs.map((o) => o.charAt(0).toUpperCase() + o.slice(1))];
  const O = `(?:(?:${alternation(orgs)}|${rules.orgPattern})${orgSuffix})`;
  // Where an organisation stands before a title or inside a title phrase, without the suffix: every copy
  // of the country list makes the regex bigger, and past a size V8 stops compiling it to machine code.
  const OS = `(?:${alternation(orgs)}|${rules.orgPattern})`;
  const N = `(?:${rules.namePattern})`;
  const S = `(?:${rules.shortNamePattern})`;
  const NS = rules.nameOrShortPattern ? `(?:${rules.nameOrShortPattern})` : `(?:${N}|${S})`;
  const H = `(?:${alternation(withCase(rules.honorifics))})`;
  const P = `(?:${alternation(withCase(rules.pronouns))})`;
  const D = `(?:${alternation(withCase(rules.titleDeterminers))})`;
  const A = `(?:${alternation(rules.adverbs)})`;
  const V = `(?:${alternation(rules.verbs)})`;
  const PV = `(?:${alternation(rules.postVerbs)})`;
  const PP = `(?:${alternation(rules.pronounPostVerbs)})`;
  const C = `(?:${alternation(rules.complementizers)})`;
  const ACC = `(?:${alternation(withCase(rules.accordingTo))})`;
  // "Indonesia's foreign minister", "according to Indonesia's task force".
  const POSS = `\\p{Lu}[\\p{L}-]*['’]s\\s+`;

  const titled = `(?:(?<o1>${OS})\\s+)?(?<t1>${T})${NA}(?:\\s*,?\\s+(?:(?:for|of|at)\\s+(?:the\\s+)?)?(?<o2>${O})${NA})?(?:\\s*,?\\s+(?<n1>${NS})${NA})?`;
  const definite = `${D}\\s+(?<t2>${TD})${NA}(?:\\s+(?:(?:of|for|at)\\s+(?:the\\s+)?)?(?<o3>${OS})${NA})?`;
  const appositive = `(?<n2>${N})\\s*,\\s+(?:${D}\\s+)?(?:${POSS})?(?<t3>${TD})(?:\\s+(?:of|at)\\s+(?:the\\s+)?(?<o4>${OS}))?\\s*,`;
  const honorific = `${H}\\s+(?<n3>${NS})${NA}`;
  // Every speaker starts with a capital or one of these: a cheap first test at each position.
  const lowerStarts = [...rules.pronouns, ...rules.honorifics, ...rules.titleDeterminers, ...rules.titles.filter((t) => /^\p{Ll}/u.test(t))]
    .map((w) => w.charAt(0).toLowerCase());
  const first = `(?=[\\p{Lu}${[...new Set(lowerStarts)].map(escapeRe).join('')}])`;
  const bare = rules.bareShortNames ? `|(?<n5>${S})${NA}` : '';
  const speaker =
    `${first}${NB}(?:${titled}|${definite}|${appositive}|${honorific}|(?<o5>${O})${NA}|(?<n4>${N})${NA}|(?<p>${P})${NA}${bare})`;
  const adv = `${rules.speakerTail ? `(?:${rules.speakerTail})?` : ''}(?:\\s+${A}${NA})*`;
  const notCountry = `(?!(?:${alternation(rules.countries)})${NA})`;
  // "Việt | Nam Yamada": a name does not start inside a country's name.
  const countryHeads = rules.countries.filter((c) => c.includes(' ')).map((c) => c.slice(0, c.lastIndexOf(' ')));
  const notInCountry = countryHeads.length ? `(?<!(?:${alternation(countryHeads)})\\s)` : '';
  const end = `\\s*[.!?…]*["”’»]?\\s*$`;
  const skip = `\\s*[,.!?…]?\\s*[—–-]?\\s*`;

  return {
    rules,
    speaker: new RegExp(speaker, 'gu'),
    fullName: new RegExp(`^(?:${N})$`, 'u'),
    titleSet: new Set(rules.titles.map((t) => t.toLowerCase())),
    titleAliases: new Map([
      // "the health minister" is written the way the title list writes it.
      ...(rules.lowerCaseTitles ? [...rules.titles].reverse().map((t): [string, string] => [t.toLowerCase(), t]) : []),
      ...Object.entries(rules.titleAliases).map(([k, v]): [string, string] => [k.toLowerCase(), v]),
    ]),
    verbTail: new RegExp(`,?${adv}\\s+(?<verb>${V})${NA}(?:${rules.afterVerb})?(?:\\s*,?\\s*${C}${NA})?\\s*(?<sep>[,:]?)\\s*`, 'uy'),
    verbOnly: new RegExp(`,?${adv}\\s+(?<verb>${V})${NA}`, 'uy'),
    sentenceEnd: new RegExp(`(?:${rules.trailingAdjunct})?${end}`, 'uy'),
    comma: new RegExp('\\s*,\\s*', 'uy'),
    postVerbBefore: new RegExp(`,\\s*(?<verb>${PV})\\s+$`, 'u'),
    accBefore: new RegExp(`^\\s*${ACC}\\s+(?:${POSS})?$`, 'u'),
    accTailBefore: new RegExp(`,\\s*${ACC}\\s+$`, 'u'),
    // "…, Japanese Ambassador X announced": a nationality or place may stand before the speaker.
    commaBefore: new RegExp(`,\\s*(?:${D}\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}$`, 'u'),
    postPronoun: new RegExp(`,\\s*(?<verb>${PP})${NA}${end}`, 'u'),
    afterSkip: new RegExp(skip, 'uy'),
    postVerbAt: new RegExp(`(?<verb>${PV})${NA}\\s+`, 'uy'),
    pronounVerbAt: new RegExp(`(?<verb>${PP})${NA}`, 'uy'),
    accAt: new RegExp(`${ACC}\\s+`, 'uy'),
    appositiveGap: /^\s*,\s*(?:(?:nguyên|cựu|mantan|former)\s+)?$/u,
    titleNameGap: new RegExp(`^(?:${rules.titleNameGap})$`, 'u'),
    countryOrLink: new RegExp(`^(?:(?:${alternation(rules.countries)})$|(?:in|to|at|of|untuk|di|tại|ở)\\s)`, 'u'),
    foreignName: rules.foreignNamesAfterTitle
      ? new RegExp(
          `(?<gap>[\\s,]*(?:(?:\\p{Lu}[\\p{L}.]*|tại|ở|tỉnh|thành phố|huyện|quận|xã)[\\s,]+)*?)${notInCountry}(?<!(?:tỉnh|thành phố|TP\\.?|huyện|quận|xã)\\s)` +
            `(?:(?<name>${N}|${notCountry}\\p{Lu}[\\p{L}'’-]*(?:\\s+${notCountry}\\p{Lu}[\\p{L}'’-]*){1,2})${NA}(?=\\s*,?\\s+\\p{Ll})|(?=\\s*,?${adv}\\s*${V}${NA}))`,
          'uy',
        )
      : null,
    // A prefilter only: without word boundaries V8 can scan for the literals fast; a false hit costs little.
    hint: new RegExp(`${V}|${PV}|${PP}|${ACC}`, 'u'),
    nameIntro: new RegExp(`${NB}(?:${alternation(withCase(rules.nameIntroducers))})\\s*[:,]?\\s*$`, 'u'),
    badClauseStart: new RegExp(`^(?:${alternation(withCase(rules.badClauseStarts))}${rules.badClauseStartPattern ? `|${rules.badClauseStartPattern}` : ''})${NA}`, 'u'),
  };
}
