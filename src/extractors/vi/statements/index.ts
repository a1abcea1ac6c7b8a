import { statementExtractor } from '../../common/statements/engine.js';
import { alternation } from '../../common/statements/grammar.js';
import type { StatementRules } from '../../common/statements/types.js';
import * as V from './constants.js';

const NA = '(?![\\p{L}\\p{N}])';
const SYLLABLE = '\\p{Lu}\\p{Ll}*';
const notPlace = `(?!(?:${alternation(V.NOT_NAMES)})${NA})`;
// "Hà Giang Nguyễn Văn Giang": the Giang of the province does not start a name.
const families = new Set<string>(V.FAMILY_NAMES);
const placeHeads = [...new Set(V.NOT_NAMES.filter((n) => families.has(n.split(' ').at(-1)!)).map((n) => n.split(' ').slice(0, -1).join(' ')))];
const notInPlace = `(?<!(?:${alternation(placeHeads)})\\s)`;
const orgStop = `(?:${alternation([...V.ORG_STOP, ...V.VERBS, ...V.ADVERBS])})${NA}`;

export const VI_STATEMENT_RULES: StatementRules = {
  lang: 'vi',
  titles: V.TITLES,
  titleAliases: { 'Phát ngôn viên': 'Người phát ngôn' },
  titleOrgs: {},
  lowerCaseTitles: false,
  orgs: V.ORGS,
  orgPattern: `(?:${alternation(V.ORG_HEADS)})\\s+${SYLLABLE}(?:\\s+(?!${orgStop})\\p{Ll}+${NA}){0,3}`,
  namePattern: `${notInPlace}${notPlace}(?:${alternation(V.FAMILY_NAMES)})(?:\\s+${SYLLABLE}${NA}){1,3}`,
  shortNamePattern: `${SYLLABLE}${NA}`,
  singleWordIsName: false,
  bareShortNames: false,
  countries: V.COUNTRIES,
  titleNameGap: V.TITLE_NAME_GAP,
  foreignNamesAfterTitle: true,
  shortNameWord: 'last',
  honorifics: V.HONORIFICS,
  pronouns: V.PRONOUNS,
  titleDeterminers: [],
  speakerTail: V.SPEAKER_TAIL,
  adverbs: V.ADVERBS,
  verbs: V.VERBS,
  postVerbs: [],
  pronounPostVerbs: [],
  afterVerb: V.AFTER_VERB,
  trailingAdjunct: V.TRAILING_ADJUNCT,
  complementizers: V.COMPLEMENTIZERS,
  accordingTo: V.ACCORDING_TO,
  notNames: V.NOT_NAMES,
  nameIntroducers: V.NAME_INTRODUCERS,
  looseTitles: V.LOOSE_TITLES,
  badClauseStarts: V.BAD_CLAUSE_STARTS,
};

export const viStatementExtractor = statementExtractor('vi/statement', VI_STATEMENT_RULES);
