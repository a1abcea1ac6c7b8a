import { escapeRe } from '../../common/pattern/index.js';
import { APPOSITION_BODY_NOUNS, HONORIFICS, NOT_NAMES, PREPOSITIONS, TITLES } from './constants.js';
import type { StatementDraft } from './draft.js';
import { openingName } from './speaker-sanity.js';
import { personKey } from '../../common/statements/person-key.js';

/*
 * An organisation the engine made the speaker, where the words around it show a person speaks: the body is only
 * the person's affiliation ("said NYU's Donefer") or a place in the person's description ("Eddie Foreman, 40, of
 * Opelika, Alabama, who …, said"). The person speaks; with no person to name, no statement.
 */

const NOT_PERSON: ReadonlySet<string> = new Set(
  [...NOT_NAMES, ...TITLES, ...HONORIFICS].map((w) => w.toLowerCase().replace(/\.$/u, '')),
);

/** "NYU's Donefer": the capitalised word after the body's possessive, when it is no title or common word. */
function possessor(sentence: string, body: string): string | null {
  const m = new RegExp(`${escapeRe(body)}['’]s\\s+(\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}])`, 'u').exec(sentence);
  return m && !NOT_PERSON.has(m[1]!.toLowerCase()) ? m[1]! : null;
}

/** "… of Opelika, Alabama, …": the body stands in a preposition's phrase (a place or an employer), not as a subject. */
function insidePrepositionPhrase(sentence: string, body: string): boolean {
  const at = sentence.indexOf(body);
  if (at <= 0) return false;
  const before = sentence.slice(0, at);
  if (/according\s+to\s+(?:the\s+)?$/iu.test(before)) return false;
  return /(?:^|\s)(?:of|from|in|near|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,3}$/u.test(before);
}

/** The person an organisation speaker stands for, the statement unchanged, or null (no one to name). */
export function personForBody(d: StatementDraft): StatementDraft | null {
  const s = d.speaker;
  const body = s.kind === 'organisation' ? (s.org ?? s.name) : null;
  if (!body) return d;
  const name = possessor(d.sentence, body);
  if (name) return { ...d, speaker: { name, key: null, title: null, org: body, kind: 'person' } };
  if (!insidePrepositionPhrase(d.sentence, body)) return d;
  const opening = openingName(d.sentence);
  if (!opening) return null;
  const key = /\s/u.test(opening) ? personKey(opening) : null;
  return { ...d, speaker: { name: opening, key, title: null, org: null, kind: 'person' } };
}

const TITLE_WORDS: ReadonlySet<string> = new Set(TITLES.flatMap((t) => t.toLowerCase().split(/\s+/u)));
const NOT_BEFORE_BODY: ReadonlySet<string> = new Set(
  [...PREPOSITIONS, 'about', 'asked', 'told', 'said', 'says'].map((w) => w.toLowerCase()),
);
/** "The other major opposition party, Labour,", "German football club and former European champion Borussia Dortmund". */
const BODY_THEN_NAME = new RegExp(
  `(?:^|[^\\p{L}-])(?<lead>(?:[\\p{L}-]+\\s+){0,4}?)(?:${APPOSITION_BODY_NOUNS.join('|')})(?<gap>,\\s+|\\s+(?:and\\s+)?(?:[\\p{L}-]+\\s+){0,3})$`,
  'iu',
);

/**
 * A "person" whose name stands in apposition to a body's description (at most four words before the body noun) is
 * that body speaking; a name after a comma must be closed by one ("The party, Labour, said"). Not when a person's
 * title stands between ("company founder Elon Musk") or the description is an object ("Asked about the party, …").
 */
export function bodyByApposition(d: StatementDraft): StatementDraft {
  const s = d.speaker;
  if (s.kind !== 'person' || !s.name || s.title) return d;
  const at = d.sentence.indexOf(s.name);
  const m = at > 0 ? BODY_THEN_NAME.exec(d.sentence.slice(0, at)) : null;
  if (!m?.groups) return d;
  // "…, Labour, said": set off by commas on both sides; "… newspaper, Goldfine added" closes a fronted phrase.
  if (m.groups.gap!.includes(',') && !/^\s*,/u.test(d.sentence.slice(at + s.name.length))) return d;
  const lead = m.groups.lead!.toLowerCase().split(/\s+/u).filter(Boolean);
  const gap = m.groups.gap!.toLowerCase().split(/[\s,]+/u).filter(Boolean);
  const personWord = (w: string): boolean => TITLE_WORDS.has(w) || /['’]s$/u.test(w);
  if (lead.some((w) => NOT_BEFORE_BODY.has(w)) || [...lead, ...gap].some(personWord)) return d;
  return { ...d, speaker: { ...s, key: null, kind: 'organisation' } };
}
