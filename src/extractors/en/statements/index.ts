import { statementExtractor } from '../../common/statements/engine.js';
import { alternation, capitalisedNameWords } from '../../common/statements/grammar.js';
import type { StatementRules } from '../../common/statements/types.js';
import * as C from './constants.js';

const NA = '(?![\\p{L}\\p{N}])';
// Title words are left out: where a title starts, the titled form matches first.
const { word: WORD, next: NEXT } = capitalisedNameWords([...C.NOT_NAMES, ...C.COUNTRIES, ...C.HONORIFICS]);

export const EN_STATEMENT_RULES: StatementRules = {
  lang: 'en',
  titles: C.TITLES,
  titleAliases: C.TITLE_ALIASES,
  titleOrgs: C.TITLE_ORGS,
  lowerCaseTitles: true,
  orgs: C.ORGS,
  orgPattern:
    `(?:(?:the\\s+)?(?:Ministry|Department|Office|Embassy|Agency|Committee|Commission|Council)\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,4}?${NA}` +
    `|(?!(?:A|An|The|This|That)\\s)\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}\\s+(?:Ministry|Department|Agency|Organization|Organisation|Embassy|City|Province|Committee)${NA})`,
  namePattern: `${WORD}(?:\\s+${NEXT}){1,3}`,
  shortNamePattern: WORD,
  nameOrShortPattern: `${WORD}(?:\\s+${NEXT}){0,3}`,
  singleWordIsName: false,
  bareShortNames: true,
  countries: C.COUNTRIES,
  titleNameGap: C.TITLE_NAME_GAP,
  foreignNamesAfterTitle: false,
  shortNameWord: 'any',
  honorifics: C.HONORIFICS,
  pronouns: C.PRONOUNS,
  titleDeterminers: C.DETERMINERS,
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
  // "…, X said, adding that …": a participle does not start what was said.
  badClauseStartPattern: C.PARTICIPLE,
  badClauseStarts: C.BAD_CLAUSE_STARTS,
};

export const enStatementExtractor = statementExtractor('en/statement', EN_STATEMENT_RULES);
