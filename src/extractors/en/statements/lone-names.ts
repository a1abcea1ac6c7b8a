import type { Speaker } from '../../../core/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { escapeRe } from '../../common/pattern/index.js';
import { HONORIFICS, NOT_NAMES, SURNAME_PARTICLES, TITLES } from './constants.js';

/*
 * A speaker the engine left as one capitalised word with no title and no full name behind it ("Labour said",
 * "said Mr. Alexander", "Fighters said"). News pages name a person in full before the surname alone, so such a
 * word is, in order: the surname of the one full name the page writes with it ("Senators Lamar Alexander and
 * Bob Corker" → Lamar Alexander), or a plural noun the page also writes in lower case ("Fighters said" where
 * the page has "fighters": unnamed people). Otherwise it stays as it is: on a short text a surname alone
 * ("Souness told BBC Sport") is as likely as a body ("Amtrak said"), and no vocabulary tells them apart.
 */

const NOT_FIRST: ReadonlySet<string> = new Set(
  [...NOT_NAMES, ...TITLES, ...HONORIFICS].map((w) => w.toLowerCase().replace(/\.$/u, '')),
);

/** A first name (and middle initial) right before the word: "Lamar Alexander", "Carter G. Phillips". */
function fullNamesEndingWith(text: string, word: string): Set<string> {
  // One line only: a headline's last word is no first name of the paragraph below it.
  const re = new RegExp(`(?<![\\p{L}'’.-])(\\p{Lu}[\\p{Ll}'’-]+) ((?:\\p{Lu}\\. )?)${escapeRe(word)}(?![\\p{L}'’-])`, 'gu');
  const names = new Set<string>();
  for (const m of text.matchAll(re)) {
    const first = m[1]!;
    if (!NOT_FIRST.has(first.toLowerCase())) names.add(`${first} ${m[2] ?? ''}${word}`.replace(/\s+/gu, ' '));
  }
  return names;
}

function writtenInLowerCase(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}'’-])${escapeRe(word.toLowerCase())}(?![\\p{L}'’-])`, 'u').test(text);
}

/** The speaker a lone capitalised word stands for on this page, or the speaker unchanged. */
export function loneNameSpeaker(text: string, s: Speaker): Speaker {
  if (s.kind !== 'person' || s.key !== null || !s.name || !/^\p{Lu}[\p{L}'’-]+$/u.test(s.name)) return s;
  const full = fullNamesEndingWith(text, s.name);
  // "Meta spokesperson Tolan says" after "company spokesperson Al Tolan": a title does not change whose surname it is.
  if (full.size === 1) {
    const name = [...full][0]!;
    return { ...s, name, key: personKey(name) };
  }
  if (full.size > 1 || s.title !== null) return s;
  if (/\p{Ll}s$/u.test(s.name) && writtenInLowerCase(text, s.name)) return { ...s, name: null, title: s.name };
  return s;
}

/**
 * "Clinton said" on a page that writes both Hillary Clinton and Bill Clinton, and no full name the surname was
 * resolved to: whose words they are is not clear, and a wrong speaker is worse than none.
 */
export function ambiguousSurname(text: string, s: Speaker): boolean {
  if (s.kind !== 'person' || s.key !== null || !s.name || !/^\p{Lu}[\p{L}'’-]+$/u.test(s.name)) return false;
  return new Set([...fullNamesEndingWith(text, s.name)].map((n) => personKey(n))).size > 1;
}

/**
 * "Realtor Ghulam said" on a page that writes "realtor Shaun Ghulam": a first word the page also writes in lower
 * case right before a full name with the same surname is that person's description, not a first name; the
 * speaker is the full name.
 */
export function titleWordAsFirstName(text: string, s: Speaker): Speaker {
  const m = s.kind === 'person' && s.name ? /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(s.name) : null;
  if (!m) return s;
  const surname = escapeRe(m[2]!);
  const re = new RegExp(
    `(?<![\\p{L}'’-])${escapeRe(m[1]!.toLowerCase())}\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,2}${surname})(?![\\p{L}'’-])`,
    'gu',
  );
  const names = new Set([...text.matchAll(re)].map((x) => x[1]!.replace(/\s+/gu, ' ')));
  if (names.size !== 1) return s;
  const name = [...names][0]!;
  return { ...s, name, key: personKey(name) };
}

/**
 * "Polling suggested …", "Controversy erupted … said": one capitalised word that names no person of the page and
 * that the page also writes in lower case is a common word opening a sentence, not a speaker.
 */
export function commonWordSpeaker(text: string, s: Speaker): boolean {
  if (s.kind !== 'person' || s.key !== null || s.title !== null || !s.name) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(s.name) && writtenInLowerCase(text, s.name);
}

const PARTICLES = SURNAME_PARTICLES.join('|');
/** "De Block", "Van Den Hoek", "van Sebille": one or two particles, then one capitalised word. */
const PARTICLE_SURNAME = new RegExp(`^(?:(?:${PARTICLES})\\s+){1,2}\\p{Lu}[\\p{L}'’-]+$`, 'iu');

/**
 * A surname with a particle ("De Block said" after "Health Minister Maggie de Block") is no full name, though it
 * has two words: it stands for the one full name of the page that ends with it (the particle in either case).
 */
export function particleSurnameSpeaker(text: string, s: Speaker): Speaker {
  if (s.kind !== 'person' || !s.name || !PARTICLE_SURNAME.test(s.name)) return s;
  const surname = s.name.split(/\s+/u).map((w) => escapeRe(w)).join('\\s+');
  const re = new RegExp(`(?<![\\p{L}'’.-])(\\p{Lu}[\\p{Ll}'’-]+)\\s+((?:\\p{Lu}\\.\\s+)?)(${surname})(?![\\p{L}'’-])`, 'giu');
  const names = new Set<string>();
  for (const m of text.matchAll(re)) {
    if (!NOT_FIRST.has(m[1]!.toLowerCase()) && /^\p{Lu}/u.test(m[1]!)) names.add(`${m[1]} ${m[2] ?? ''}${m[3]}`.replace(/\s+/gu, ' '));
  }
  const keys = new Set([...names].map((n) => personKey(n)));
  if (keys.size !== 1) return s;
  const name = [...names][0]!;
  return { ...s, name, key: personKey(name) };
}
