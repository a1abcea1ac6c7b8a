import type { Extractor } from '../../common/extractor.js';
import { lazyExtractor } from '../../common/lazy.js';
import { statementExtractor } from '../../common/statements/engine.js';
import type { StatementRules } from '../../common/statements/types.js';
import { alternation } from '../../common/pattern/index.js';
import * as V from './constants.js';
import { withToneVariants } from './tone-variants.js';
import { withAmpersandVariants } from './ampersand-variants.js';
import { confident } from './confidence.js';
import { withoutInterviewLeads } from './interview-leads.js';
import { withoutOutletLeads } from './outlet-leads.js';
import { withCommitteeNames } from './committee-names.js';
import { withoutTimeLeads } from './time-leads.js';
import { withDegreeChains } from './degree-chains.js';
import { withoutClauseLeads } from './clause-leads.js';
import { withAppositiveDescriptions } from './appositive-descriptions.js';
import { withPlaceChains } from './place-chains.js';
import { withTestimonyVerbs } from './testimony-verbs.js';
import { withoutPlaceSpeakers } from './place-speakers.js';
import { withNamesBeforeTitles } from './names-before-titles.js';
import { withNamesInBodies } from './names-in-bodies.js';
import { withPronounAntecedents } from './pronoun-antecedents.js';
import { withSourceNouns } from './source-nouns.js';

/** "nhanh", "rất nhanh", "kịp thời": one manner word before "về" (TOPIC_MANNER_WORDS). */
const TOPIC_MANNER = `(?:(?:${alternation(V.MANNER_DEGREE_WORDS)})\\s+)?(?:${alternation(V.TOPIC_MANNER_WORDS)})`;

const VI_VOCABULARY: StatementRules = {
  lang: 'vi',
  titles: V.TITLES,
  titleAliases: { 'Phát ngôn viên': 'Người phát ngôn' },
  titleOrgs: {},
  lowerCaseTitles: false,
  orgs: V.ORGS,
  orgHeads: V.ORG_HEADS,
  portfolios: V.PORTFOLIOS,
  orgStop: V.ORG_STOP,
  orgLowerWords: true,
  acronymOrgs: 'subject',
  places: V.PLACES,
  adminUnits: V.ADMIN_UNITS,
  countries: V.COUNTRIES,
  nameStyle: 'surname',
  surnames: V.FAMILY_NAMES,
  minBareNameWords: 2,
  singleWordIsName: false,
  bareShortNames: false,
  foreignNamesAfterTitle: true,
  shortNameWord: 'last',
  honorifics: V.HONORIFICS,
  pronouns: V.PRONOUNS,
  titleDeterminers: V.TITLE_DETERMINERS,
  pluralDeterminers: V.PLURAL_DETERMINERS,
  accordingToFree: V.ACCORDING_TO_FREE,
  trailingDeterminers: V.TRAILING_DETERMINERS,
  linkWords: V.LINK_WORDS,
  formerWords: V.FORMER_WORDS,
  conjunctions: V.CONJUNCTIONS,
  prepositions: V.PREPOSITIONS,
  appositiveClosed: false,
  speakerTail: V.SPEAKER_TAIL,
  adverbs: V.ADVERBS,
  verbs: V.VERBS,
  verbJoiners: V.VERB_JOINERS,
  commaVerbJoiners: ['và'],
  streetWords: ['đường', 'phố', 'ngõ', 'hẻm', 'đại lộ'],
  placeHeads: V.PLACE_HEADS,
  fieldHeads: V.FIELD_HEADS,
  fieldWords: ['về'],
  frontedVerbs: ['khẳng định', 'nhấn mạnh', 'cho rằng', 'nhận định'],
  orgNameTitles: ['đại diện'],
  passiveAgents: { markers: ['được', 'bị'], purposes: ['để', 'nhằm'] },
  andVerbs: ['cho hay', 'cho biết', 'cảnh báo', 'yêu cầu', 'kêu gọi', 'khẳng định', 'nhấn mạnh', 'đề nghị'],
  personNouns: V.PERSON_NOUNS,
  prepositionObjects: true,
  topicAfterVerbComma: true,
  compounds: [
    'hàng không', 'phòng không', 'không quân', 'không gian', 'không khí', 'Báo cáo', 'báo cáo', 'công nghệ thông tin',
    'Công nghệ thông tin',
    // "thông báo BTS …", "họp báo công bố …": the "báo" of a verb or a press conference is no newspaper.
    'thông báo', 'Thông báo', 'cảnh báo', 'Cảnh báo', 'dự báo', 'Dự báo', 'họp báo', 'Họp báo',
    // "Đài Tiếng nói Việt Nam", "lời nói": the voice or the words, no verb "nói".
    'tiếng nói', 'Tiếng nói', 'lời nói', 'Lời nói',
    // "Ban quản lý dự án …": the "dự" of a project is no "attend" that stops a description.
    'dự án', 'Dự án',
    'cơ sở', 'Cơ sở', 'trụ sở', 'Trụ sở', 'sở hữu', 'sở thích', 'sở dĩ', 'sở trường',
  ],
  commaVerbs: ['khẳng định', 'nhấn mạnh', 'cho biết', 'cho rằng', 'kêu gọi', 'bày tỏ'],
  postVerbs: [],
  // '"…", anh nói.': anh/chị/cô/em speak as pronouns only there; elsewhere ("Tại sao anh cho rằng …?") they
  // address someone. Not "Theo chị, …": a short name before it ("Chị Hồng") is not resolved, and a statement
  // with no name would stand where the person is known.
  pronounPostVerbs: V.PRONOUN_POST_VERBS,
  afterVerb: V.AFTER_VERB,
  trailingAdjunct: V.TRAILING_ADJUNCT,
  complementizers: V.COMPLEMENTIZERS,
  accordingTo: V.ACCORDING_TO,
  accordingToLeads: V.ACCORDING_TO_LEADS,
  accordingToThen: ['thì'],
  // "Thông tin từ Công an tỉnh Bắc Giang cho biết: …": the body the information comes from is the one speaking.
  // "theo thông tin từ X cho biết, …": the redundant "theo" still names X's own report.
  // "Thông tin ban đầu từ X cho biết": the same source lead for a first report.
  sourceLeads: ['Thông tin từ', 'Tin từ', 'Theo thông tin từ', 'Theo tin từ', 'Thông tin ban đầu từ', 'Theo thông tin ban đầu từ'],
  runToVerb: 10,
  describedAntecedent: true,
  runStops: V.RUN_STOPS,
  foreignBareNames: true,
  givenNames: V.GIVEN_NAMES,
  bareGivenNames: V.BARE_GIVEN_NAMES,
  coordinators: V.COORDINATORS,
  genders: V.GENDERS,
  notNames: V.NOT_NAMES,
  nameIntroducers: V.NAME_INTRODUCERS,
  looseTitles: V.LOOSE_TITLES,
  badClauseStarts: V.BAD_CLAUSE_STARTS,
  // "phát biểu trước báo chí" is no clause; "cho rằng trước đây, …" is. "phát biểu trong chương trình" (a short
  // phrase and nothing else) and "nói điều này khi …" are no clause; "cho rằng điều này sẽ …" is.
  badClauseStartPattern:
    '[Tt]rước(?!\\s+(?:đây|đó|hết|mắt|tiên|kia)(?![\\p{L}\\p{N}]))|[Tt]rong(?:\\s+[^\\s,]+){1,4}$' +
    '|[Đđ]iều này(?=\\s+(?:khi|tại|trong|với|sau|trước|vì)(?![\\p{L}\\p{N}])|$)' +
    // "phát biểu trong sự kiện ở bang Nam Carolina hôm 10/2": an event with no comma to the end is the setting;
    // "nói nhiều đến mức …": to talk a lot, no content.
    '|[Tt]rong\\s+(?:sự kiện|buổi|cuộc|lễ|phiên|chương trình|hội nghị)(?![\\p{L}\\p{N}])[^,]*$' +
    '|nhiều(?=\\s+(?:đến|quá|lắm)(?![\\p{L}\\p{N}])|$)' +
    `|${TOPIC_MANNER}(?:\\s*(?:,|và)\\s*${TOPIC_MANNER})*\\s+về(?![\\p{L}\\p{N}])`,
};

/**
 * Every word list in both tone spellings ("Thành ủy" / "Thành uỷ") and with "&" for an inner "và" ("Thông tin &
 * Truyền thông"): newspapers write either.
 */
function bothToneSpellings(rules: StatementRules): StatementRules {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rules)) {
    const isWordList = Array.isArray(value) && value.every((v) => typeof v === 'string');
    out[key] = isWordList ? withAmpersandVariants(withToneVariants(value as string[])) : value;
  }
  return out as unknown as StatementRules;
}

/** The engine's output goes through these in order: each re-reads or filters what the one before gave. */
const PASSES: ReadonlyArray<(e: Extractor) => Extractor> = [
  confident,
  withoutInterviewLeads,
  withoutOutletLeads,
  withCommitteeNames,
  withoutTimeLeads,
  withoutClauseLeads,
  withDegreeChains,
  withAppositiveDescriptions,
  withPlaceChains,
  withoutPlaceSpeakers,
  withNamesBeforeTitles,
  withNamesInBodies,
  withPronounAntecedents,
  withSourceNouns,
];

const withPasses = (rules: StatementRules): Extractor =>
  PASSES.reduce((e, pass) => pass(e), statementExtractor(bothToneSpellings(rules)));

export const viStatementExtractor = lazyExtractor('vi', 'statement', () =>
  withTestimonyVerbs(
    withPasses(VI_VOCABULARY),
    withPasses({ ...VI_VOCABULARY, verbs: [...V.VERBS, ...V.TESTIMONY_VERBS] }),
  ),
);
