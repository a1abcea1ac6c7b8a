import type { FactDraft, Speaker } from '../../../core/index.js';
import type { ExtractDoc, Extractor } from '../../common/extractor.js';
import { escapeRe } from '../../common/pattern/index.js';
import { BAD_CLAUSE_STARTS, BODY_WORDS, COUNTRIES, GOVERNMENT_PLACES, PLACES } from './constants.js';
import { clauseBeforeAttribution, possessiveRoleSpeaker } from './attribution-shapes.js';
import { ambiguousSurname, commonWordSpeaker, loneNameSpeaker, particleSurnameSpeaker, titleWordAsFirstName } from './lone-names.js';
import { bodyNounStatements } from './bodies.js';
import { aliasSpeaker } from './aliases.js';
import { acronymTitleSpeakers } from './acronym-titles.js';
import { bodyAnaphora } from './body-anaphora.js';
import { pronounSubjectStatements } from './pronoun-subjects.js';
import { bodyByApposition, personForBody } from './body-or-person.js';
import { coordinatedReports } from './coordinated-reports.js';
import { ownAttribution } from './own-attribution.js';
import { participleReport, participleReports } from './participle-reports.js';
import { appositiveReports } from './appositive-reports.js';
import { relativeReports, replacedBy } from './relative-reports.js';
import { saidOfReports } from './said-of.js';
import { jointSubject } from './joint-subjects.js';
import { coordinatedSubject, partyAdjective, relativeReport } from './unnamed.js';
import type { StatementDraft } from './draft.js';
import {
  addresseeAsContent,
  bodyForLoneWord,
  bodyForNamedBody,
  conjunctionStart,
  namesInsideDescriptions,
} from './speaker-sanity.js';

const PLACE_NAMES: ReadonlySet<string> = new Set([...COUNTRIES, ...PLACES, ...GOVERNMENT_PLACES]);
const BODY_TITLES: ReadonlySet<string> = new Set(BODY_WORDS);

/*
 * English refiners over the statements of a whole page, after the common engine: what a reader of the output
 * counts as one statement, no statement, or an organisation's.
 */

/** Longest attribution between the two halves of one quote (`," Holtz said. "`, `," said Rep. Ann Lee of Ohio. "`). */
const MAX_GAP = 90;
/** Longest stretch between a quote's closing mark and what its own attribution goes on to say. */
const TAIL_GAP = 60;

function sameSpeaker(a: Speaker, b: Speaker): boolean {
  return a.key === b.key && a.name === b.name && a.title === b.title && a.org === b.org && a.kind === b.kind;
}

/**
 * '"We will continue," Holtz said. "It is our job."': the attribution splits one quote of one speaker; the two
 * halves are one statement, whose span runs over the attribution and whose quote is both halves; so are those
 * of '"…," he added, "but …"'. A later quote with a reporting verb of its own ('"…," he told the audience')
 * stays a statement of its own.
 */
function joinable(text: string, a: StatementDraft, b: StatementDraft): boolean {
  if (!a.direct || !b.direct || !sameSpeaker(a.speaker, b.speaker) || b.start < a.end) return false;
  const gap = text.slice(a.end, b.start);
  if (gap.length > MAX_GAP || gap.includes('\n')) return false;
  // '," he added, "' goes on in one sentence; '," Gates said. "' or '," said X. The merger "' does not, nor
  // does '… way." He then notes: "…"' (a quote that ended its sentence, then a verb of the next one).
  return b.verb === null || !(/[.!?]/u.test(gap) || /[.!?]["”’]?$/u.test(a.quote));
}

function joinSplitQuotes(text: string, drafts: readonly StatementDraft[]): StatementDraft[] {
  const out: StatementDraft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (!prev || !joinable(text, prev, d)) {
      out.push(d);
      continue;
    }
    out[out.length - 1] = {
      ...prev,
      end: d.end,
      text: text.slice(prev.start, d.end),
      quote: `${prev.quote}${/[.!?…,;:]$/u.test(prev.quote) ? '' : ','} ${d.quote}`,
      verb: prev.verb ?? d.verb,
    };
  }
  return out;
}

const RELATIVE_REPORT_GAP = /,\s+who\s+(?:\p{Ll}+\s+)?$/u;

/**
 * '"…," she said, her voice trailing off.' / '"…," Gates told an audience that included retired Marines.': what
 * follows a quote's own attribution in its sentence is no statement of the same speaker.
 */
function attributionTail(text: string, d: StatementDraft, drafts: readonly StatementDraft[]): boolean {
  if (d.direct || participleReport(d)) return false;
  return drafts.some((a) => {
    if (!a.direct || a.end > d.start || d.start - a.end > TAIL_GAP || !sameSpeaker(a.speaker, d.speaker)) return false;
    const gap = text.slice(a.end, d.start);
    // '"…," said Brian Kinder, who said he overcame …': a relative clause reports a statement of its own.
    if (RELATIVE_REPORT_GAP.test(gap)) return false;
    // '"… locally." That allows …, she said.': a quote that ends its sentence is followed by a new one.
    // '"… want." She said she would …': nor is a capital opening the next sentence right after it.
    if ((!/\p{L}/u.test(gap) || /^[\s"”’»]*\p{Lu}/u.test(gap)) && /[.!?…]$/u.test(a.quote)) return false;
    return !gap.includes('\n') && !/[.!?]/u.test(gap.replace(/^[\s.!?,"”’»]+/u, ''));
  });
}

/** 'addressed to the "Apple community," Jobs said': two words in quote marks are a name, not what was said. */
function quotedTerm(d: StatementDraft): boolean {
  return d.direct && d.quote.split(/\s+/u).length <= 2 && !/[.!?…]$/u.test(d.quote);
}

/** After a quote (its comma, then its closing mark): its attribution, a comma, and a mark reopening the quote. */
const ATTRIBUTION_THEN_REOPEN = /^,["”’]\s+[^.!?…\n"“”]{1,80},\s*["“]/u;

/** '"The pilots," she said, "are tired."': a short quote closed on a comma is the head of a quote its attribution splits. */
function splitHead(text: string, d: StatementDraft): boolean {
  return d.direct && ATTRIBUTION_THEN_REOPEN.test(text.slice(d.end, d.end + 90));
}

/** "Apple Inc.", "Daiwa Securities": a word the page also writes as a company's name. */
const COMPANY_TAIL = '(?:Inc|Corp|Co|Ltd|LLC|plc|Group|Securities|Holdings|Magazine|Gazette|Herald|Tribune)(?![\\p{L}])';

/**
 * "Apple said …", "Iran says …": one capitalised word with no title that names no person of the page, but a
 * country or a place, or a company the page writes in full ("Apple Inc."), is an organisation speaking.
 */
function asOrganisation(text: string, d: StatementDraft): StatementDraft {
  const s = d.speaker;
  // "Anti-virus firm Sophos said", "German football club … Borussia Dortmund has warned": a body's own name.
  // "company spokesperson Al Tolan" is a person: the body word must stand right before the name.
  const bodyName = s.name && s.title && new RegExp(`${escapeRe(s.title)}\\s+${escapeRe(s.name)}`, 'u').test(text);
  if (s.kind === 'person' && s.name && s.title && bodyName && BODY_TITLES.has(s.title.toLowerCase())) {
    return { ...d, speaker: { ...s, key: null, kind: 'organisation' } };
  }
  if (s.kind !== 'person' || s.key !== null || s.title !== null || !s.name || /\s/u.test(s.name)) return d;
  const company = new RegExp(`${escapeRe(s.name)}\\s+${COMPANY_TAIL}`, 'u');
  if (!PLACE_NAMES.has(s.name) && !company.test(text)) return d;
  return { ...d, speaker: { ...s, kind: 'organisation' } };
}

/**
 * A statement whose speaker stays unknown (no name, no title, no organisation: "…," he said with no one to point
 * to) tells a reader nothing of who said it; it is left out rather than emitted with an empty speaker.
 */
function unattributed(d: StatementDraft): boolean {
  return d.speaker.name === null && d.speaker.title === null && d.speaker.org === null;
}

/**
 * '"Coach Cable was informed …," his agent, Don Yee, said': the engine reads the quote and the title before the
 * appositive name as reported speech; what was said is the quote, in the speaker's own words.
 */
const QUOTE_THEN_TITLE = /^["“](?<quote>[^"“”]+?)[,.!?…]?["”],?\s+(?:his|her|their|its|the|a|an)\s+[\p{L}' -]{1,40}$/u;

function quoteBeforeAppositive(d: StatementDraft): StatementDraft {
  const m = d.direct ? null : QUOTE_THEN_TITLE.exec(d.quote);
  return m?.groups ? { ...d, direct: true, quote: m.groups.quote!.trim() } : d;
}

/** "asked the jury to consider why": a request, with no reported content of its own ("urged X to …" states a position and stays). */
const REQUEST_VERBS: ReadonlySet<string> = new Set(['asked', 'asks', 'begged']);
/** "suggested Lincicome hit 3-wood", "suggested he might make a video": advice or an idea put forward, not a statement. */
const SUGGESTION_VERBS: ReadonlySet<string> = new Set(['suggested', 'suggests']);
const OBJECT_THEN_TO = /^(?:[\p{L}.'’-]+\s+){1,8}to\s+\p{Ll}/u;

function request(d: StatementDraft): boolean {
  if (d.direct || d.verb === null) return false;
  return SUGGESTION_VERBS.has(d.verb) || (REQUEST_VERBS.has(d.verb) && OBJECT_THEN_TO.test(d.quote));
}

/**
 * A reporting verb whose object is a noun phrase, not a reported clause: "The Raiders announced their decision
 * not to …", "the FBI confirmed plans to renew …", and the verbs of a game's score ("Carolina added three more
 * unanswered goals", "Vancouver responded just a minute later").
 */
const NOUN_OBJECT_VERBS: ReadonlySet<string> = new Set(['announced', 'announces', 'confirmed', 'confirms']);
const NOUN_OBJECT = /^(?:(?:their|its|his|her|our)\s|plans\s+(?:to|for)\s)/iu;
const SCORE_VERBS: ReadonlySet<string> = new Set(['added', 'adds', 'responded', 'replied']);
const SCORE_OBJECT = /^(?:\d|(?:just|another|one|two|three|four|five|six|seven|eight|nine|ten|a|an|twice|late|early)\s)/iu;

function nounObject(d: StatementDraft): boolean {
  if (d.direct || d.verb === null) return false;
  return (NOUN_OBJECT_VERBS.has(d.verb) && NOUN_OBJECT.test(d.quote)) || (SCORE_VERBS.has(d.verb) && SCORE_OBJECT.test(d.quote));
}

/** "The law …, the Legal Arizona Workers Act, says a company could lose …": a document is not a speaker. */
const DOCUMENT_TAIL = /\s(?:Act|Law|Bill|Treaty|Constitution|Amendment|Code|Resolution|Report|Study|Survey|Poll)$/u;

function documentSpeaker(d: StatementDraft): boolean {
  return d.speaker.name !== null && DOCUMENT_TAIL.test(d.speaker.name);
}

/** Fewest words of a clause before a quoted term for the clause to be what was said. */
const MIN_CLAUSE_WORDS = 4;

/**
 * 'The economy grew by 3.2 percent after the "Great Recession," Hoenig said.': the quoted term closes a clause
 * the speaker is reported to have said; that clause, up to the closing mark, is the statement.
 */
function clauseOfTerm(text: string, d: StatementDraft): StatementDraft {
  if (!quotedTerm(d) || !d.verb) return d;
  const from = text.lastIndexOf(d.sentence, d.start);
  if (from < 0) return d;
  const clause = text.slice(from, d.start);
  const words = clause.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const plain = clause.slice(0, -2).replace(/(?<=\d)\.(?=\d)/gu, '');
  if (words.length < MIN_CLAUSE_WORDS || /["“”]/u.test(clause.slice(0, -1)) || /[.!?;:]/u.test(plain)) return d;
  if (BAD_CLAUSE_STARTS.includes(words[0]!.toLowerCase() as (typeof BAD_CLAUSE_STARTS)[number])) return d;
  // '," Hoenig said.' ends the sentence; '," Gonzalez said she would stay.' reports a clause of its own.
  const rest = new RegExp(
    // '," Hoenig said.' / '," said Dr. Jamie Chang, UC Berkeley associate professor …' (the verb first, a description after).
    `^(?<close>,?["”])?\\s*,?\\s*(?:(?:[\\p{L}.'’-]+\\s+){1,6}${escapeRe(d.verb)}(?:\\s+(?:on|in|at|of)\\s[^.!?]{0,40})?\\s*[.!?]|` +
      `${escapeRe(d.verb)}(?:\\s+\\p{Lu}[\\p{L}.'’-]*){2,4}\\s*[,.])`,
    'u',
  ).exec(text.slice(d.end, d.end + 120));
  if (!rest) return d;
  const end = d.end + (rest.groups?.close?.length ?? 0);
  const start = from + (clause.length - clause.trimStart().length);
  return { ...d, start, end, text: text.slice(start, end), quote: text.slice(start, end), direct: false };
}

/** "announced how much capital banks should hold": an indirect question tells what was talked about, not said. */
const INDIRECT_QUESTION = /^(?:how|what|whether|why|where|which|who|whom)(?![\p{L}])/iu;

function indirectQuestion(d: StatementDraft): boolean {
  return !d.direct && INDIRECT_QUESTION.test(d.quote);
}

/** Fewer words than this in reported speech say nothing ("Trump has said that more than once"). */
const MIN_INDIRECT_WORDS = 4;

/** '"It's a hoax." Trump has said that more than once': "that" points back; the three words are no statement. */
function tooShort(d: StatementDraft): boolean {
  return !d.direct && d.quote.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length < MIN_INDIRECT_WORDS;
}

/** "Avalos said …" inside what another is reported to have said: whose words they are is not clear. */
const NESTED_REPORT = /(?:^|[\s,])(?:\p{Lu}\p{L}+|he|she|they) (?:said|told)(?![\p{L}])/u;

/** "After the gunfire stopped, Avalos said she went outside …, Cornett wrote": a report inside a report. */
function nestedReport(d: StatementDraft): boolean {
  return !d.direct && NESTED_REPORT.test(d.quote);
}

/** The page's text with its headline blanked (same offsets): a Title Case headline delimits no name ("… Gives Obama Power"). */
function bodyText(doc: ExtractDoc): string {
  let text = doc.text;
  for (const p of doc.paragraphs) {
    if (p.kind === 'title') text = text.slice(0, p.start) + ' '.repeat(p.end - p.start) + text.slice(p.end);
  }
  return text;
}

function refineStatements(doc: ExtractDoc, drafts: readonly FactDraft[]): FactDraft[] {
  const read = drafts
    .filter((d): d is StatementDraft => d.type === 'statement')
    .map((d) => clauseOfTerm(doc.text, d))
    .map((d) => addresseeAsContent(doc.text, d))
    .flatMap((d) => clauseBeforeAttribution(doc.text, d) ?? [])
    .map((d) => ownAttribution(doc.text, d))
    .flatMap((d) => participleReports(doc, d))
    .map((d) => possessiveRoleSpeaker(doc.text, d));
  const statements = namesInsideDescriptions(read);
  const others = drafts.filter((d) => d.type !== 'statement');
  const kept = statements.filter(
    (d) =>
      !unattributed(d) &&
      (!quotedTerm(d) || splitHead(doc.text, d)) &&
      !tooShort(d) &&
      !nestedReport(d) &&
      !attributionTail(doc.text, d, statements) &&
      !relativeReport(doc.text, d) &&
      !partyAdjective(doc.text, d) &&
      !coordinatedSubject(doc.text, d) &&
      !jointSubject(d) &&
      !request(d) &&
      !nounObject(d) &&
      !indirectQuestion(d) &&
      !conjunctionStart(d) &&
      !documentSpeaker(d),
  );
  const body = kept.length > 0 ? bodyText(doc) : doc.text;
  const refined = joinSplitQuotes(doc.text, kept.map(quoteBeforeAppositive))
    .map((d) => asOrganisation(doc.text, d))
    .flatMap((d) => personForBody(d) ?? [])
    .map((d) => ({ ...d, speaker: aliasSpeaker(body, particleSurnameSpeaker(body, loneNameSpeaker(body, titleWordAsFirstName(body, d.speaker)))) }))
    .filter((d) => !ambiguousSurname(body, d.speaker) && !commonWordSpeaker(body, d.speaker))
    .map((d) => bodyByApposition(bodyForNamedBody(bodyForLoneWord(doc.text, d))));
  const withBodies = [...refined, ...bodyNounStatements(doc, refined)].sort((a, b) => a.start - b.start);
  const resolved = acronymTitleSpeakers(doc.text, bodyAnaphora(doc.text, withBodies));
  return [...others, ...resolved, ...pronounSubjectStatements(doc, resolved)].sort((a, b) => a.start - b.start);
}

/** The extractor with its statements refined for whole pages. */
export function refined(extractor: Extractor): Extractor {
  const extract = (doc: ExtractDoc): FactDraft[] => {
    const drafts = extractor.extract(doc);
    const relative = relativeReports(doc, (d) => extractor.extract(d), drafts);
    const first = relative.length === 0 ? drafts : drafts.filter((d) => !replacedBy(relative, d));
    const more = [
      ...coordinatedReports(doc, (d) => extractor.extract(d), first),
      ...relative,
      ...saidOfReports(doc, (d) => extractor.extract(d), first),
      ...appositiveReports(doc, (d) => extractor.extract(d), first),
    ];
    return refineStatements(doc, more.length === 0 ? first : [...first, ...more].sort((a, b) => a.start - b.start));
  };
  return { ...extractor, extract };
}
