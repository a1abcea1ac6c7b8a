import { escapeRe } from '../../common/pattern/index.js';
import type { Speaker } from '../../../core/index.js';
import { ANAPHORIC_BODY_WORDS, APPOSITION_BODY_NOUNS, COUNTRIES, GOVERNMENT_PLACES, NOT_NAMES, PLACES } from './constants.js';
import type { StatementDraft } from './draft.js';
import { introducedAsPerson } from './speaker-sanity.js';

/*
 * "Walmart said … . The company said it will instead focus on …", "WikiLeaks said … . The group claimed …": a
 * definite body noun as the whole subject points back to the body that spoke last on the page. It takes that
 * body's name when the body is named (a capitalised name that is no country or place: "the group" after "Israel
 * said" is rarely Israel); with no such body before it, the statement keeps its bare noun. Only the nouns the
 * engine gives as a person's title ("company", "group"): a body the body finder names by its own noun ("the
 * airline said") often follows another body that spoke ("the U.S. military"), and stays as it is.
 */

const ANAPHORIC: ReadonlySet<string> = new Set(ANAPHORIC_BODY_WORDS);
const PLACE_NAMES: ReadonlySet<string> = new Set([...COUNTRIES, ...PLACES, ...GOVERNMENT_PLACES]);

function namedBody(s: Speaker): boolean {
  if (s.kind !== 'organisation' || s.key !== null) return false;
  const name = s.name ?? s.org;
  return name !== null && /^\p{Lu}/u.test(name) && !PLACE_NAMES.has(name);
}

/**
 * "the company said", '," the group said': where the bare noun with "the" right before it stands in its sentence,
 * or null.
 */
function definiteBodyNounAt(d: StatementDraft): number | null {
  const s = d.speaker;
  if (s.name !== null || s.key !== null || s.org !== null || !s.title || !ANAPHORIC.has(s.title.toLowerCase())) return null;
  return new RegExp(`(?:^|[\\s"“”,])[Tt]he\\s+${escapeRe(s.title)}(?![\\p{L}])`, 'u').exec(d.sentence)?.index ?? null;
}

const NOT_BODY_WORDS: ReadonlySet<string> = new Set(NOT_NAMES);
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}.'’-]*){0,3}`;
/** "Walmart is closing …", "But Ford declined …": a name as the subject that opens its sentence. */
const SUBJECT = new RegExp(`^(?:[—–-]+\\s*)*(?:(?:But|And|However|Meanwhile),?\\s+)?(?<name>${NAME})\\s+\\p{Ll}`, 'u');
/** "Crest maker Procter & Gamble rallied": a body noun right before the name. */
const NOUN_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(?:${APPOSITION_BODY_NOUNS.join('|')})\\s+(?<name>${NAME})\\s+\\p{Ll}`,
  'u',
);
/** How many sentences before the statement's own a body subject may stand. */
const SUBJECT_SENTENCES = 2;
const LOOK_BACK = 600;
const SENTENCE_END = /(?<=[.!?]["”]?)\s+(?=["“]?\p{Lu})/u;

/**
 * A subject with no body noun before it is a body's only as one word that never stands after another capitalised
 * word ("Walmart"; not "Maria Lopez", nor "Lopez" after "Maria Lopez" was written).
 */
function bodySubject(text: string, sentence: string, people: ReadonlySet<string>): string | null {
  const described = NOUN_THEN_NAME.exec(sentence)?.groups?.name;
  const subject = SUBJECT.exec(sentence)?.groups?.name;
  const lone = subject && !/\s/u.test(subject) && !introducedAsPerson(text, subject) ? subject : undefined;
  const name = described ?? lone;
  if (!name || PLACE_NAMES.has(name)) return null;
  const words = name.split(/\s+/u);
  return words.some((w) => NOT_BODY_WORDS.has(w) || people.has(w)) ? null : name;
}

/**
 * "Walmart is closing 269 stores, the company said", "… maker Procter & Gamble rallied … . The company said": with
 * no body that spoke before it, the bare noun points to the body that is the subject of its own sentence (before
 * it) or of one of the two sentences before; a name any person on the page carries is no body.
 */
function subjectBody(text: string, d: StatementDraft, nounAt: number, people: ReadonlySet<string>): Speaker | null {
  const from = text.lastIndexOf(d.sentence, d.start);
  if (from < 0) return null;
  const own = d.sentence.slice(0, nounAt);
  const back = Math.max(0, from - LOOK_BACK);
  // The first piece is cut off mid-sentence unless it opens the page.
  const before = text.slice(back, from).split(SENTENCE_END).slice(back > 0 ? 1 : 0).slice(-SUBJECT_SENTENCES);
  for (const sentence of [own, ...before.reverse()]) {
    const name = bodySubject(text, sentence.trim(), people);
    if (name) return { ...d.speaker, name, key: null, kind: 'organisation' };
  }
  return null;
}

/**
 * Each "the company/group …" statement with the body that spoke last before it (statements in page order), or
 * with no such body, the body that is a nearby sentence's subject.
 */
export function bodyAnaphora(text: string, drafts: readonly StatementDraft[]): StatementDraft[] {
  const people = new Set(
    drafts.flatMap((d) => (d.speaker.kind === 'person' && d.speaker.key ? (d.speaker.name ?? '').split(/\s+/u) : [])),
  );
  let last: Speaker | null = null;
  return drafts.map((d) => {
    if (namedBody(d.speaker)) last = d.speaker;
    const nounAt = definiteBodyNounAt(d);
    if (nounAt === null) return d;
    if (last) return { ...d, speaker: { ...last } };
    const subject = subjectBody(text, d, nounAt, people);
    return subject ? { ...d, speaker: subject } : d;
  });
}
