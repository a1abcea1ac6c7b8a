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

/** A lone capitalised word after an introducer: "popularly known as Adabee", "aka “Jester”". */
const ALIAS_AFTER = new RegExp(`(?<=\\s)(?:${INTRODUCER})\\s+["“‘']?(\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}'’-])`, 'gu');
/** The full name ending right before the introducer. */
const FULL_NAME_BEFORE = new RegExp(`(?<![\\p{L}'’-])(${FULL_NAME}),?\\s$`, 'u');
/** A cheap test that a text may introduce an alias at all. */
const INTRODUCER_HINT = /known as|aka|a\.k\.a/u;

/** Every alias the text introduces, with the full names written before it. */
function aliasesOf(text: string): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  if (!INTRODUCER_HINT.test(text)) return out;
  for (const m of text.matchAll(ALIAS_AFTER)) {
    const full = FULL_NAME_BEFORE.exec(text.slice(Math.max(0, m.index - NAME_WINDOW), m.index));
    if (!full) continue;
    const names = out.get(m[1]!) ?? new Set<string>();
    names.add(withoutLeadingTitles(full[1]!));
    out.set(m[1]!, names);
  }
  return out;
}

// A page's statements are refined one after another against the same text: read its aliases once.
let lastText: string | null = null;
let lastAliases: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/** The speaker a lone alias stands for on this page, or the speaker unchanged. */
export function aliasSpeaker(text: string, s: Speaker): Speaker {
  if (s.kind !== 'person' || s.key !== null || !s.name || !/^\p{Lu}[\p{L}'’-]+$/u.test(s.name)) return s;
  if (text !== lastText) {
    lastAliases = aliasesOf(text);
    lastText = text;
  }
  const names = lastAliases.get(s.name);
  if (!names) return s;
  const keys = new Set([...names].map((n) => personKey(n)));
  if (keys.size !== 1) return s;
  const name = [...names][0]!;
  return { ...s, name, key: personKey(name) };
}
