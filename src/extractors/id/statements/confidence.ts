import type { FactDraft, Speaker } from '../../../core/index.js';
import type { ExtractDoc, Extractor } from '../../common/extractor.js';
import { escapeRe } from '../../common/pattern/index.js';
import type { StatementDraft } from '../../common/statements/types.js';
import {
  nameAfterNonNameToken, nameHoldsTitleWord, nameIsCommonWord, nameOpensWithBodyTail, nameOpensWithKinship, personShortForm, pronounTiedToObject,
} from './confidence-names.js';
import { nicknameToFullName } from './confidence-nicknames.js';
import { nameBeforeAppositive } from './confidence-appositive.js';
import { initialsAfterQuote, initialsInName } from './confidence-initials.js';
import { nameRunsOn } from './confidence-runs-on.js';
import { nameInsideList } from './confidence-list-element.js';
import { twoCapitalsMisplaced } from './confidence-two-capitals.js';
import { personAfterBodyTail } from './confidence-body-tail.js';
import { personAfterUnit } from './confidence-rank-after-unit.js';
import { personAfterUnitSuffix } from './confidence-unit-suffix.js';
import { nameIsPlace, personBeforePlace } from './confidence-place-name.js';
import { titleSourceOnly } from './confidence-source-title.js';
import { nameBeforeTitle, nameGluedToTitle } from './confidence-name-before-title.js';
import { nameAtTitleEnd } from './confidence-title-end-name.js';
import { givenNameReadAsBody } from './confidence-given-name-body.js';
import { describedPerson } from './confidence-described-person.js';
import { longNameAfterAcronym, nameAfterRegionalUnit } from './confidence-acronym-name.js';
import { calledName } from './confidence-called-name.js';
import { degreeReadAsBody, nameBeforeDegree } from './confidence-degree-after-name.js';
import { namedSpeakerUnread } from './confidence-named-unread.js';
import { nameAtRunEnd } from './confidence-run-end-name.js';
import { NOT_NAMES, ORDER_VERBS, ORG_NAME_TAILS, RELATIVE_WORDS, TITLES, UNIT_TITLES } from './constants.js';
import { relativeBeforeName } from '../../common/statements/relative-subject.js';

/*
 * How sure the Indonesian extractor is of each speaker, after the common engine. A wrong speaker is worse than a
 * missing statement: where the words around the speaker show the engine read its name from the wrong words, or
 * could read no one, the statement is left out. Each check looks at the statement's own sentences (the quote and
 * its attribution).
 */

const UNIT: ReadonlySet<string> = new Set(UNIT_TITLES.map((t) => t.toLowerCase()));
const UNIT_WORD: ReadonlySet<string> = new Set([...UNIT].filter((t) => !t.includes(' ')));

/** "Camat", "Direktur Utama", "Project Manager": a title that needs its unit (an English title's last word does). */
function needsUnit(title: string): boolean {
  const t = title.toLowerCase();
  return UNIT.has(t) || UNIT_WORD.has(t.split(/\s+/u).pop()!);
}
/** The single capitalised words that open a title ("Pastor", "Kepala"): never a person's name. */
const TITLE_HEAD: ReadonlySet<string> = new Set(TITLES.map((t) => t.split(/\s+/u)[0]!).filter((w) => /^\p{Lu}/u.test(w)));
const BODY_TAILS: ReadonlySet<string> = new Set(ORG_NAME_TAILS);
const NOT_NAME: ReadonlySet<string> = new Set(NOT_NAMES);

/** The sentences a statement and its attribution stand in (a closing mark's ", kata X." included). */
function contextOf(doc: ExtractDoc, d: StatementDraft): { text: string; start: number } {
  const inside = doc.sentences.filter((s) => s.end > d.start && s.start <= d.end + 1);
  if (inside.length === 0) return { text: d.sentence, start: d.start };
  return { text: doc.text.slice(inside[0]!.start, inside[inside.length - 1]!.end), start: inside[0]!.start };
}

/** Some body text (not a headline) stands before `pos`: a pronoun there points to someone the reader was told of. */
function bodyBefore(doc: ExtractDoc, pos: number): boolean {
  return doc.paragraphs.some((p) => p.kind !== 'title' && p.start < pos && /\p{L}/u.test(doc.text.slice(p.start, Math.min(p.end, pos))));
}

/**
 * '"…," ujarnya.' after a sentence whose subject no rule reads: no name, no title, no body, someone the reader was
 * told of and the engine was not. Opening the text, such a pronoun stands as written (the reader knows no more).
 */
function unattributed(s: Speaker): boolean {
  return s.kind === 'person' && !s.name && !s.title && !s.org;
}

/**
 * "Camat Sidareja Rumbarwoto", "Direktur Genesis Barlian": a title that needs its unit, then capitalised words
 * and no unit read; the name the engine took starts at the unit's first word or somewhere after it.
 */
function nameAfterUnknownUnit(s: Speaker, context: string): boolean {
  if (s.kind !== 'person' || !s.name || s.org || !s.title || !needsUnit(s.title)) return false;
  if (!/\s/u.test(s.name)) return false;
  const at = context.indexOf(s.name);
  if (at < 0) return false;
  const lead = new RegExp(`(?:^|[^\\p{L}])${escapeRe(s.title)}(?:\\s+\\p{Lu}[\\p{L}.&-]*)*\\s+$`, 'u');
  return lead.test(context.slice(0, at));
}

/**
 * "Yudi SH, menambahkan", "Denny JA menjelaskan": capitals of two or three letters right after a lone given name
 * are its degree or initials, not a body speaking; who the person is the engine did not read.
 */
function initialsReadAsBody(s: Speaker, context: string): boolean {
  if (s.kind !== 'organisation' || !s.org || !/^\p{Lu}{2,3}$/u.test(s.org)) return false;
  const lead = new RegExp(`(?:^|[,;(]\\s*|(?:^|\\s)\\p{Ll}\\p{L}*\\s+)(\\p{Lu}\\p{Ll}+)\\s+${s.org}(?=[\\s,.])`, 'u');
  const m = lead.exec(context);
  return m !== null && !NOT_NAME.has(m[1]!);
}

/**
 * "kata Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Raditya Jati", "ujar Sekretaris Perusahaan
 * sekaligus Direktur Kepatuhan Tjit Siat Fun", "kata Finance Director & Corporate Secretary BFI Finance, Sudjono":
 * a title read without a name whose words go on in capitals; the name the reader sees was not read.
 */
function titleGoesOn(s: Speaker, context: string): boolean {
  if (s.kind !== 'person' || s.name || !s.title) return false;
  const phrase = [s.title, s.org].flatMap((w) => (w ? [escapeRe(w)] : [])).join('\\s+');
  const joint = '(?:\\s*,\\s*|\\s*&\\s*|\\s+(?:dan|serta|sekaligus)\\s+|\\s+)';
  const m = new RegExp(`${phrase}${joint}(\\p{Lu}[\\p{L}-]*)`, 'u').exec(context);
  return m !== null && !NOT_NAME.has(m[1]!);
}

/** "tulis Dalit Voice", "Bibit Tumbuh Bersama mengatakan": a bare name ending in a body's word is that body. */
function bodyNamedAsPerson(s: Speaker): Speaker | null {
  if (s.kind !== 'person' || !s.name || s.title || s.org) return null;
  const words = s.name.split(/\s+/u);
  if (words.length < 2 || !BODY_TAILS.has(words[words.length - 1]!)) return null;
  return { name: null, key: null, title: null, org: s.name, kind: 'organisation' };
}

const ORDER_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ORDER_VERBS.join('|')})\\s*$`, 'u');

/** "X menginstruksikan jajarannya untuk …": the content follows a verb of ordering, an order and not words said. */
function orderNotStatement(doc: ExtractDoc, d: StatementDraft): boolean {
  return ORDER_BEFORE.test(doc.text.slice(Math.max(0, d.start - 40), d.start));
}

/**
 * Every statement in page order. A later statement tied to a name left out (a pronoun the engine resolved to it;
 * the name is not in its sentences) is left out too.
 */
function confidentStatements(doc: ExtractDoc, drafts: readonly FactDraft[]): FactDraft[] {
  const unsure = new Set<string>();
  return drafts.flatMap((draft): FactDraft[] => {
    if (draft.type !== 'statement') return [draft];
    const { text: context, start } = contextOf(doc, draft);
    const glued = nameGluedToTitle(draft.speaker, context) ?? nameBeforeDegree(draft.speaker, context);
    const titleEnd = titleGoesOn(draft.speaker, context) ? nameAtTitleEnd(draft.speaker, context) : null;
    const d = glued ? { ...draft, speaker: glued } : titleEnd ? { ...draft, speaker: titleEnd } : draft;
    const s = d.speaker;
    if (degreeReadAsBody(s) || namedSpeakerUnread(s, context)) return [];
    // "Kembali ke Luhut, ia mengungkapkan …": a capitalised word before the statement in its own sentence names someone too.
    if (unattributed(s) && (bodyBefore(doc, start) || /\s\p{Lu}/u.test(doc.text.slice(start, d.start)))) return [];
    if (initialsReadAsBody(s, context) || titleGoesOn(s, context) || orderNotStatement(doc, d)) return [];
    if (nameHoldsTitleWord(s) || nameIsCommonWord(s) || nameOpensWithBodyTail(s) || nameOpensWithKinship(s)) return [];
    if (pronounTiedToObject(s, context, doc.text, start)) return [];
    if (s.kind === 'person' && s.name && relativeBeforeName(s.name, context, RELATIVE_WORDS)) return [];
    if (s.name && unsure.has(s.name) && !context.includes(s.name)) return [];
    if (!titleEnd && nameAfterUnknownUnit(s, context)) {
      unsure.add(s.name!);
      return [];
    }
    if (longNameAfterAcronym(s, context) || nameAfterRegionalUnit(s, context)) return [];
    const source = titleSourceOnly(s, context, d.start - start);
    if (source) return [{ ...d, speaker: source }];
    const person =
      calledName(s, context) ??
      describedPerson(s, context, d.start - start, TITLE_HEAD) ??
      givenNameReadAsBody(s, context) ??
      nameBeforeTitle(s, context, d.start - start) ??
      personShortForm(s) ??
      personAfterUnit(s, context) ??
      personAfterUnitSuffix(s, context) ??
      nameAfterNonNameToken(s) ??
      twoCapitalsMisplaced(s) ??
      initialsInName(s, context) ??
      initialsAfterQuote(s, context) ??
      personAfterBodyTail(s) ??
      nicknameToFullName(s, context, doc.text.slice(0, start)) ??
      nameBeforeAppositive(s, context, d.start - start) ??
      personBeforePlace(s, context);
    const runEnd = !person && nameRunsOn(s, context) ? nameAtRunEnd(s, context) : null;
    if (runEnd && !nameRunsOn(runEnd, context)) return [{ ...d, speaker: runEnd }];
    if (nameRunsOn(person ?? s, context) || nameInsideList(person ?? s, context) || nameIsPlace(person ?? s, context)) return [];
    if (person) return [{ ...d, speaker: person }];
    const body = bodyNamedAsPerson(s);
    return [body ? { ...d, speaker: body } : d];
  });
}

export function confident(extractor: Extractor): Extractor {
  return { ...extractor, extract: (doc) => confidentStatements(doc, extractor.extract(doc)) };
}
