import type { Speaker } from '../../../core/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { escapeRe } from '../../common/pattern/index.js';
import { ALIAS_INTRODUCERS, HONORIFICS, NOT_NAMES, TITLES } from './constants.js';

/*
 * "Singer Ada Bello, popularly known as Adabee, said …": a stage name or nickname the page gives a person is
 * that person, and the page then writes the alias alone ("Adabee said"). A lone alias as speaker is the one full
 * name the page introduces it with. A bare "known as" is left out: it names places, laws and things ("the area
 * known as Good Hope").
 */

const INTRODUCER = ALIAS_INTRODUCERS.map((w) => escapeRe(w).replace(/\\? /gu, '\\s+')).join('|');
/** Two to four capitalised words: the full name written before the alias. */
const FULL_NAME = `\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}`;

/** Longest stretch before the introducer searched for the full name. */
const NAME_WINDOW = 80;

const NOT_FIRST: ReadonlySet<string> = new Set(
  [...NOT_NAMES, ...TITLES, ...HONORIFICS].map((w) => w.toLowerCase().replace(/\.$/u, '')),
);

/** "Senator Ada Bello" → "Ada Bello": a title or honorific before the name is no part of it. */
function withoutLeadingTitles(name: string): string {
  const words = name.split(/\s+/u);
  while (words.length > 2 && NOT_FIRST.has(words[0]!.toLowerCase().replace(/\.$/u, ''))) words.shift();
  return words.join(' ');
}

/** The speaker a lone alias stands for on this page, or the speaker unchanged. */
export function aliasSpeaker(text: string, s: Speaker): Speaker {
  if (s.kind !== 'person' || s.key !== null || !s.name || !/^\p{Lu}[\p{L}'’-]+$/u.test(s.name)) return s;
  // The introducer and the alias first (a cheap scan); the full name only in the few characters before them.
  const alias = new RegExp(`(?<=\\s)(?:${INTRODUCER})\\s+["“‘']?${escapeRe(s.name)}(?![\\p{L}'’-])`, 'gu');
  const before = new RegExp(`(?<![\\p{L}'’-])(${FULL_NAME}),?\\s$`, 'u');
  const names = new Set<string>();
  for (const m of text.matchAll(alias)) {
    const full = before.exec(text.slice(Math.max(0, m.index - NAME_WINDOW), m.index));
    if (full) names.add(withoutLeadingTitles(full[1]!));
  }
  const keys = new Set([...names].map((n) => personKey(n)));
  if (keys.size !== 1) return s;
  const name = [...names][0]!;
  return { ...s, name, key: personKey(name) };
}
