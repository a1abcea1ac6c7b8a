import { escapeRe } from '../../common/pattern/index.js';
import { HONORIFICS, NOT_NAMES, TITLES } from './constants.js';
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
