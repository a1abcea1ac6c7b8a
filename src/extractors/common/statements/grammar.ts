import { alternation, WORD_END as NA, WORD_START as NB } from '../pattern/index.js';
import { Lexicon } from './lexicon.js';
import type { StatementRules } from './types.js';

function withCase(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.charAt(0).toLowerCase() + w.slice(1)]);
}

/**
 * One language's statement grammar: the vocabularies as a lexicon (speakers are parsed over tokens by
 * speakers.ts), and the small regexes tried at a speaker's edges (the verb after it, "kata" before it).
 */
export interface Grammar {
  rules: StatementRules;
  lex: Lexicon;
  titleAliases: Map<string, string>;
  /** Titles that give way to a fuller one, lower-cased. */
  looseTitles: Set<string>;
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
  /** Any reporting word: sentences and windows without one are skipped. */
  hint: RegExp;
  /** Words right before an opening mark that make it a name. */
  nameIntro: RegExp;
  badClauseStart: RegExp;
}

function lexicon(r: StatementRules): Lexicon {
  return new Lexicon()
    .add('title', r.titles)
    .add('honorific', r.honorifics)
    .add('pronoun', r.pronouns)
    .add('org', r.orgs)
    .add('orgHead', r.orgHeads)
    .add('orgTail', r.orgTails ?? [])
    .add('portfolio', r.portfolios ?? [])
    .add('place', r.places)
    .add('adminUnit', r.adminUnits)
    .add('country', r.countries)
    .add('notName', r.notNames)
    .add('surname', r.surnames ?? [])
    .add('determiner', r.titleDeterminers)
    .add('trailingDeterminer', r.trailingDeterminers ?? [])
    .add('link', r.linkWords)
    .add('former', r.formerWords)
    .add('conjunction', r.conjunctions)
    .add('relative', r.relatives ?? [])
    .add('preposition', r.prepositions)
    .add('verb', [...r.verbs, ...r.postVerbs, ...r.orgStop ?? [], ...r.complementizers])
    .add('adverb', r.adverbs);
}

export function compileGrammar(rules: StatementRules): Grammar {
  const ACC = `(?:${alternation(withCase(rules.accordingTo))})`;
  const POSS = `\\p{Lu}[\\p{L}-]*['’]s\\s+`;
  const D = `(?:${alternation(withCase(rules.titleDeterminers))})`;
  const A = `(?:${alternation(rules.adverbs)})`;
  const V = `(?:${alternation(rules.verbs)})`;
  const PV = `(?:${alternation(rules.postVerbs)})`;
  const PP = `(?:${alternation(rules.pronounPostVerbs)})`;
  const C = `(?:${alternation(rules.complementizers)})`;
  const adv = `${rules.speakerTail ? `(?:${rules.speakerTail})?` : ''}(?:\\s+${A}${NA})*`;
  const end = `\\s*[.!?…]*["”’»]?\\s*$`;
  const skip = `\\s*[,.!?…]?\\s*[—–-]?\\s*`;
  const lex = lexicon(rules);
  return {
    rules,
    lex,
    titleAliases: new Map(Object.entries(rules.titleAliases).map(([k, v]): [string, string] => [k.toLowerCase(), v])),
    looseTitles: new Set(rules.looseTitles.map((t) => t.toLowerCase())),
    verbTail: new RegExp(`,?${adv}\\s+(?<verb>${V})${NA}(?:${rules.afterVerb})?(?:\\s*,?\\s*${C}${NA})?\\s*(?<sep>[,:]?)\\s*`, 'uy'),
    verbOnly: new RegExp(`,?${adv}\\s+(?<verb>${V})${NA}`, 'uy'),
    sentenceEnd: new RegExp(`(?:${rules.trailingAdjunct})?${end}`, 'uy'),
    comma: new RegExp('\\s*,\\s*', 'uy'),
    postVerbBefore: new RegExp(`,\\s*(?<verb>${PV})\\s+$`, 'u'),
    accBefore: new RegExp(`^\\s*${ACC}\\s+(?:${POSS})?$`, 'u'),
    accTailBefore: new RegExp(`,\\s*${ACC}\\s+(?:${POSS})?$`, 'u'),
    // "…, Japanese Ambassador X announced": a nationality or place may stand before the speaker.
    commaBefore: new RegExp(`,\\s*(?:${D}\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}$`, 'u'),
    postPronoun: new RegExp(`,\\s*(?<verb>${PP})${NA}${end}`, 'u'),
    afterSkip: new RegExp(skip, 'uy'),
    postVerbAt: new RegExp(`(?<verb>${PV})${NA}\\s+`, 'uy'),
    pronounVerbAt: new RegExp(`(?<verb>${PP})${NA}`, 'uy'),
    accAt: new RegExp(`${ACC}\\s+`, 'uy'),
    // A prefilter only: without word boundaries V8 can scan for the literals fast; a false hit costs little.
    hint: new RegExp(`${V}|${PV}|${PP}|${ACC}`, 'u'),
    nameIntro: new RegExp(`${NB}(?:${alternation(withCase(rules.nameIntroducers))})\\s*[:,]?\\s*$`, 'u'),
    badClauseStart: new RegExp(
      `^(?:${alternation(withCase(rules.badClauseStarts))}${rules.badClauseStartPattern ? `|${rules.badClauseStartPattern}` : ''})${NA}`,
      'u',
    ),
  };
}
