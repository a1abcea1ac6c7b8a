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
  /** After the sentence's subject: a second verb joined by a comma or a coordinator. Null: the rules have none. */
  coordVerb: RegExp | null;
  /** ", claiming that " after the subject's own clause (`subjectParticiples`); null: the rules have none. */
  subjectParticiple: RegExp | null;
  /** Before a speaker: a preposition ("của Tổng thống X, vừa tuyên bố": X is not the subject). */
  prepBefore: RegExp;
  /** Before a speaker: a clause-opening source lead ("Thông tin từ "); null: no such rule. */
  sourceBefore: RegExp | null;
  accTailBefore: RegExp;
  /** ", city officials" / ", according to Israeli officials" before an unnamed speaker; null: no such rule. */
  groupBefore: RegExp | null;
  /** "Theo " opening a sentence, and after it the words that open no source ("đó"); null: no such rule. */
  accOpen: { at: RegExp; free: RegExp } | null;
  /** Before a speaker: the comma that ends the reported clause. */
  commaBefore: RegExp;
  /** "clause, katanya." */
  postPronoun: RegExp;
  /** "Hal itu, katanya, sudah …": a fused attribution inside the sentence. */
  midPronoun: RegExp | null;
  /** At a speaker's end: the comma of "…, kata X, clause" when the clause goes on. Sticky. */
  midComma: RegExp;
  /** Before a speaker: " kata " between words with no comma ("pelaku UMKM kata Teten biasanya"); null: off. */
  midBareVerb: RegExp | null;
  /** At a speaker's end: the space before the lower-case word that goes on with the clause. Sticky. */
  midBareAfter: RegExp;
  /** "Menurutnya, clause" opening a sentence. */
  accPronoun: RegExp | null;
  /** Inside a reported clause: a joiner and the same subject's next reporting verb. */
  secondVerb: RegExp | null;
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
  /** A reporting verb opening a sentence before its subject ("Khẳng định …, X nói …"); null: none. */
  fronted: RegExp | null;
  /** With `topicLeads`: a clause that is only a topic ("Terkait peralihan BUMN"). */
  topicOnly: RegExp | null;
  /** With `introParticiples`: from a sentence's subject to ", telling the crowd:" before a quote. */
  participleIntro: RegExp | null;
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
    .add('givenName', r.givenNames ?? [])
    .add('bareGiven', r.bareGivenNames ?? [])
    .add('personNoun', r.personNouns ?? [])
    .add('compound', r.compounds ?? [])
    .add('determiner', r.titleDeterminers)
    .add('trailingDeterminer', r.trailingDeterminers ?? [])
    .add('link', r.linkWords)
    .add('former', r.formerWords)
    .add('conjunction', r.conjunctions)
    .add('relative', r.relatives ?? [])
    .add('preposition', r.prepositions)
    .add('verb', [...r.verbs, ...r.postVerbs, ...r.orgStop ?? [], ...r.complementizers])
    .add('adverb', r.adverbs)
    .add('runStop', r.runStops ?? []);
}

/** ", nhưng cho rằng", " và khẳng định:": a second verb of the subject, after a comma or a coordinator. */
function coordVerb(rules: StatementRules, A: string, V: string, C: string): RegExp {
  const K = `(?:${alternation(rules.coordinators ?? [])})`;
  const join = `(?:\\s*,(?:\\s*${K}${NA})?|\\s+${K}${NA})`;
  const object = `(?:${rules.afterVerb})?(?<comp>\\s*,?\\s*${C}${NA})?\\s*(?<sep>[,:]?)\\s*`;
  return new RegExp(`${join}(?:\\s+${A}${NA})*\\s+(?<verb>${V})${NA}${object}`, 'gu');
}

function groupBefore(rules: StatementRules, ACC: string, D: string): RegExp | null {
  const m = rules.groupModifiers;
  if (!m) return null;
  const word = `(?!(?:${alternation(withCase(m.not))})${NA})[\\p{L}'’-]+\\s+`;
  return new RegExp(`,\\s*(?<acc>${ACC}\\s+)?(?:${D}\\s+)?(?:${word}){1,${m.most}}$`, 'u');
}

export function compileGrammar(rules: StatementRules): Grammar {
  const ACC = `(?:${alternation(withCase(rules.accordingTo))})`;
  const LEAD = rules.accordingToLeads?.length ? `(?:(?:${alternation(withCase(rules.accordingToLeads))})\\s*,?\\s+)?` : '';
  const THEN = rules.accordingToThen?.length ? `|\\s+(?:${alternation(rules.accordingToThen)})\\s+` : '';
  const ACC_P = rules.accordingToPronoun?.length ? `(?:${alternation(withCase(rules.accordingToPronoun))})` : null;
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
  const afterComma = rules.commaVerbJoiners ?? [];
  const commaJoiners = afterComma.length ? `|\\s*,\\s*${NB}(?:${alternation(afterComma)})` : '';
  const commaVerbs = rules.commaVerbs?.length ? `|\\s*,(?=\\s+${NB}(?:${alternation(rules.commaVerbs)})${NA})` : '';
  const andVerbs = rules.andVerbs?.length ? `|\\s+và(?=(?:\\s+${A})?\\s+(?:${alternation(rules.andVerbs)})${NA})` : '';
  const prepositions = rules.prepositions.filter((p) => !rules.conjunctions.includes(p));
  return {
    rules,
    lex,
    titleAliases: new Map(Object.entries(rules.titleAliases).map(([k, v]): [string, string] => [k.toLowerCase(), v])),
    looseTitles: new Set(rules.looseTitles.map((t) => t.toLowerCase())),
    verbTail: new RegExp(`,?${adv}\\s+(?<verb>${V})${NA}(?:${rules.afterVerb})?(?<comp>\\s*,?\\s*${C}${NA})?\\s*(?<sep>[,:]?)\\s*`, 'uy'),
    verbOnly: new RegExp(`,?${adv}\\s+(?<verb>${V})${NA}`, 'uy'),
    coordVerb: rules.coordinators?.length ? coordVerb(rules, A, V, C) : null,
    subjectParticiple: rules.subjectParticiples?.length
      ? new RegExp(`\\s*[,—–]\\s+(?<verb>${alternation(rules.subjectParticiples)})${NA}\\s+(?:that${NA}\\s+)?`, 'u')
      : null,
    sentenceEnd: new RegExp(`(?:${rules.trailingAdjunct})?${end}`, 'uy'),
    // "Theo chuyên gia X (Ngân hàng Thế giới), …": the speaker's body in parentheses may stand before the comma.
    comma: new RegExp(`(?:\\s*\\([^()]{1,60}\\))?\\s*,\\s*${THEN}`, 'uy'),
    postVerbBefore: new RegExp(`,\\s*(?<verb>${PV})\\s+$`, 'u'),
    accBefore: new RegExp(`^\\s*${LEAD}${ACC}\\s+(?:${POSS})?$`, 'u'),
    prepBefore: new RegExp(`(?:^|[\\s(])(?:${alternation(withCase(prepositions))})\\s+$`, 'u'),
    sourceBefore: rules.sourceLeads?.length
      ? new RegExp(`(?:^|[,.:;\\n])\\s*(?:${alternation(withCase(rules.sourceLeads))})\\s+$`, 'u')
      : null,
    accOpen: rules.accordingToFree
      ? {
          at: new RegExp(`^\\s*${LEAD}${ACC}\\s+`, 'u'),
          free: new RegExp(`^(?:${alternation(rules.accordingToFree)})${NA}`, 'u'),
        }
      : null,
    accTailBefore: new RegExp(`,\\s*${ACC}\\s+(?:${POSS})?$`, 'u'),
    groupBefore: groupBefore(rules, ACC, D),
    // "…, Japanese Ambassador X announced": a nationality or place may stand before the speaker.
    commaBefore: new RegExp(`,\\s*(?:${D}\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,2}$`, 'u'),
    postPronoun: new RegExp(`,\\s*(?<verb>${PP})${NA}${end}`, 'u'),
    midPronoun: rules.pronounPostVerbs.length ? new RegExp(`,\\s*(?<verb>${PP})${NA}\\s*,\\s*(?=\\p{Ll})`, 'u') : null,
    midComma: new RegExp(
      rules.midCommaCapital === true
        ? `\\s*,\\s*(?=\\p{Ll}|(?!(?:${alternation(withCase(rules.titles))})${NA})\\p{Lu})`
        : '\\s*,\\s*(?=\\p{Ll})',
      'uy',
    ),
    midBareVerb: rules.midPostVerbBare ? new RegExp(`(?<=[\\p{L}\\p{N}])\\s+(?<verb>${PV})\\s+$`, 'u') : null,
    midBareAfter: new RegExp('\\s+(?=\\p{Ll})', 'uy'),
    accPronoun: ACC_P
      ? new RegExp(`^\\s*${LEAD}${ACC_P}${NA}(?:\\s*,\\s*${rules.accordingToPronounBare ? '|\\s+(?=\\p{Ll})' : ''})`, 'u')
      : null,
    secondVerb: rules.verbJoiners?.length
      ? new RegExp(
          `(?:\\s*,?\\s+${NB}(?:${alternation(rules.verbJoiners)})${commaJoiners}${commaVerbs}${andVerbs})` +
            `\\s+(?:${A}\\s+)?(?<verb>${V})${NA}` +
            `(?:\\s*,?\\s*${C}${NA})?\\s*,?\\s*`,
          'u',
        )
      : null,
    afterSkip: new RegExp(skip, 'uy'),
    postVerbAt: new RegExp(`(?<verb>${PV})${NA}\\s+`, 'uy'),
    pronounVerbAt: new RegExp(`(?<verb>${PP})${NA}`, 'uy'),
    accAt: new RegExp(`${ACC}\\s+`, 'uy'),
    // A prefilter only: without word boundaries V8 can scan for the literals fast; a false hit costs little.
    hint: new RegExp(`${V}|${PV}|${PP}|${ACC}`, 'u'),
    nameIntro: new RegExp(`${NB}(?:${alternation(withCase(rules.nameIntroducers))})\\s*[:,]?\\s*$`, 'u'),
    fronted: rules.frontedVerbs?.length
      ? new RegExp(`^\\s*(?<verb>${alternation(withCase(rules.frontedVerbs))})${NA}(?:\\s*,?\\s*${C}${NA})?\\s*:?\\s*`, 'u')
      : null,
    topicOnly: rules.topicLeads?.length ? new RegExp(`^(?:${alternation(withCase(rules.topicLeads))})${NA}[^,]*$`, 'u') : null,
    // The subject's end to its participle of saying: at most 80 characters, then the participle, a short object, a colon.
    participleIntro: rules.introParticiples?.length
      ? new RegExp(`^[^.!?"“”]{0,80},\\s+(${alternation(rules.introParticiples)})(?:\\s+[^.!?,:"“”]{1,30})?:\\s*$`, 'u')
      : null,
    badClauseStart: new RegExp(
      `^(?:${alternation(withCase(rules.badClauseStarts))}${rules.badClauseStartPattern ? `|${rules.badClauseStartPattern}` : ''})${NA}`,
      'u',
    ),
  };
}
