import { statementExtractor } from '../../common/statements/engine.js';
import { alternation, capitalisedNameWords } from '../../common/statements/grammar.js';
import type { StatementRules } from '../../common/statements/types.js';
import * as C from './constants.js';

const NA = '(?![\\p{L}\\p{N}])';
// Title words are left out: where a title starts, the titled form matches first.
const { word: WORD, next: NEXT } = capitalisedNameWords([...C.NOT_NAMES, ...C.COUNTRIES, ...C.HONORIFICS]);

export const ID_STATEMENT_RULES: StatementRules = {
  lang: 'id',
  titles: C.TITLES,
  titleAliases: C.TITLE_ALIASES,
  titleOrgs: C.TITLE_ORGS,
  lowerCaseTitles: false,
  orgs: C.ORGS,
  orgPattern: `(?:(?:${alternation(C.ORG_HEADS)})(?:\\s+(?:\\p{Lu}[\\p{L}-]*|dan|urusan)${NA}){1,5}?|\\p{Lu}[\\p{Lu}\\p{N}]{1,6}${NA})`,
  namePattern: `${WORD}(?:\\s+${NEXT}){0,3}`,
  shortNamePattern: WORD,
  nameOrShortPattern: `${WORD}(?:\\s+${NEXT}){0,3}`,
  singleWordIsName: true,
  bareShortNames: false,
  countries: C.COUNTRIES,
  titleNameGap: C.TITLE_NAME_GAP,
  foreignNamesAfterTitle: false,
  shortNameWord: 'any',
  honorifics: C.HONORIFICS,
  pronouns: C.PRONOUNS,
  titleDeterminers: [],
  speakerTail: C.SPEAKER_TAIL,
  adverbs: C.ADVERBS,
  verbs: C.VERBS,
  postVerbs: C.POST_VERBS,
  pronounPostVerbs: C.PRONOUN_POST_VERBS,
  afterVerb: C.AFTER_VERB,
  trailingAdjunct: C.TRAILING_ADJUNCT,
  complementizers: C.COMPLEMENTIZERS,
  accordingTo: C.ACCORDING_TO,
  notNames: C.NOT_NAMES,
  nameIntroducers: C.NAME_INTRODUCERS,
  looseTitles: C.LOOSE_TITLES,
  badClauseStarts: C.BAD_CLAUSE_STARTS,
};

export const idStatementExtractor = statementExtractor('id/statement', ID_STATEMENT_RULES);
