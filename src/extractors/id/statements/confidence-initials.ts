import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { NOT_NAME_WORD, PLAIN_NAME_WORD } from './confidence-names.js';
import { POST_VERBS } from './constants.js';

/*
 * Initials written without dots are part of many Indonesian names ("MS Hidayat", "HM Prasetyo", "Agus DW
 * Martowardojo"). The engine reads a lone capital as an initial but takes two or three capitals for a body's
 * acronym: it cuts the name there, or glues the initials to the body before the name. A token of capitals that is
 * no known body's word, written right against the name's words, belongs to the name.
 */

const INITIALS = /^\p{Lu}{2,3}$/u;

function isInitials(w: string): boolean {
  return INITIALS.test(w) && !NOT_NAME_WORD.has(w);
}

/**
 * "kata Gubernur BI Agus DW Martowardojo, di …": the engine read "Agus"; initials and one more capitalised word
 * follow the name in the text, and the attribution ends there (comma, full stop or a lower-case word).
 */
function initialsAfterName(s: Speaker, context: string): Speaker | null {
  const name = s.name!;
  const re = new RegExp(`(?<![\\p{L}])${escapeRe(name)}\\s+(\\p{Lu}{2,3})\\s+(\\p{Lu}\\p{Ll}+)(?=\\s*[,.;:]|\\s+\\p{Ll}|$)`, 'u');
  const m = re.exec(context);
  if (!m || !isInitials(m[1]!) || NOT_NAME_WORD.has(m[2]!)) return null;
  const full = `${name} ${m[1]!} ${m[2]!}`;
  return { ...s, name: full, key: personKey(full) };
}

/**
 * "Menteri Perindustrian MS Hidayat mengatakan": the engine read the body "Perindustrian MS" and the name
 * "Hidayat". Two capitals ending the body, written against a one-word name, are that name's initials; a body
 * word ("RI", "MK") or a longer acronym stays the body's.
 */
function initialsGluedToBody(s: Speaker, context: string): Speaker | null {
  const name = s.name!;
  if (!s.org || /\s/u.test(name) || !PLAIN_NAME_WORD.test(name)) return null;
  const words = s.org.split(/\s+/u);
  const last = words[words.length - 1]!;
  if (words.length < 2 || !/^\p{Lu}{2}$/u.test(last) || !isInitials(last)) return null;
  if (!new RegExp(`(?<![\\p{L}])${escapeRe(s.org)}\\s+${escapeRe(name)}(?![\\p{L}])`, 'u').test(context)) return null;
  const full = `${last} ${name}`;
  return { ...s, name: full, key: personKey(full), org: words.slice(0, -1).join(' ') };
}

const POST_VERB = `(?:${POST_VERBS.join('|')})`;

/**
 * '"…," ujar HT.', '"…," kata SL.': the news names a witness, a suspect or a source by initials alone; two or three
 * capitals right after the verb that closes a quote, no body's word, and then the sentence's end, a comma or a
 * lower-case word ("ujar HT kepada wartawan"), are that person, not a body (a body speaks under its known name: "kata KPU" stays the body's).
 */
export function initialsAfterQuote(s: Speaker, context: string): Speaker | null {
  if (s.kind !== 'organisation' || !s.org || !INITIALS.test(s.org) || NOT_NAME_WORD.has(s.org)) return null;
  const re = new RegExp(`[,.!?]["”’]?\\s*${POST_VERB}\\s+${s.org}\\s*(?:[.,;]|$|\\s\\p{Ll})`, 'u');
  if (!re.test(context)) return null;
  return { name: s.org, key: personKey(s.org), title: null, org: null, kind: 'person' };
}

/** The speaker with initials the engine left out put back into the name, or null where there are none. */
export function initialsInName(s: Speaker, context: string): Speaker | null {
  if (s.kind !== 'person' || !s.name) return null;
  return initialsAfterName(s, context) ?? initialsGluedToBody(s, context);
}
