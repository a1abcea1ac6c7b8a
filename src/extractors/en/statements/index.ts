import { statementExtractor } from '../../common/statements/engine.js';
import type { StatementRules } from '../../common/statements/types.js';
import * as C from './constants.js';

export const EN_STATEMENT_RULES: StatementRules = {
  lang: 'en',
  titles: C.TITLES,
  titleAliases: C.TITLE_ALIASES,
  titleOrgs: C.TITLE_ORGS,
  lowerCaseTitles: true,
  orgs: C.ORGS,
  orgHeads: C.ORG_HEADS,
  orgTails: C.ORG_TAILS,
  orgLowerWords: false,
  acronymOrgs: false,
  places: C.PLACES,
  adminUnits: [],
  countries: C.COUNTRIES,
  nameStyle: 'capitalised',
  minBareNameWords: 2,
  singleWordIsName: false,
  bareShortNames: true,
  foreignNamesAfterTitle: false,
  shortNameWord: 'any',
  honorifics: C.HONORIFICS,
  pronouns: C.PRONOUNS,
  titleDeterminers: C.DETERMINERS,
  linkWords: C.LINK_WORDS,
  formerWords: C.FORMER_WORDS,
  conjunctions: C.CONJUNCTIONS,
  appositiveClosed: true,
  speakerTail: C.SPEAKER_TAIL,
  adverbs: C.ADVERBS,
  verbs: C.VERBS,
  postVerbs: C.POST_VERBS,
  pronounPostVerbs: [],
  afterVerb: C.AFTER_VERB,
  trailingAdjunct: C.TRAILING_ADJUNCT,
  complementizers: C.COMPLEMENTIZERS,
  accordingTo: C.ACCORDING_TO,
  notNames: C.NOT_NAMES,
  nameIntroducers: C.NAME_INTRODUCERS,
  looseTitles: C.LOOSE_TITLES,
  // "…, X said, adding that …": a participle does not start what was said; nor does a sports line.
  badClauseStartPattern: `${C.PARTICIPLE}|${C.SPORTS_CLAUSE}`,
  badClauseStarts: C.BAD_CLAUSE_STARTS,
};

export const enStatementExtractor = statementExtractor(EN_STATEMENT_RULES);
