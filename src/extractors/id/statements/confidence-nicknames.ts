import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { NICKNAME_WORDS } from './constants.js';
import { NOT_NAME_WORD } from './confidence-names.js';

/*
 * Nicknames (Indonesian): a story names a person in full once and then by the name people call them, saying so
 * ("Herkis, sapaan akrab Heri Kiswanto"; "Suahasil Nazara … Sua, sapaannya, menjelaskan"). The speaker is the
 * person of the full name, not a second person called by the short one.
 */

// Longest first, so that "sapaan akrab" is not read as "sapaan" followed by a name "akrab …".
const NICKNAME = [...NICKNAME_WORDS].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
const NAME_WORD = '\\p{Lu}[\\p{Ll}\'’-]+';
const FULL_NAME = `(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|\\p{Lu}\\.?(?=\\s))){1,4})`;

/** The name in capitalised words: from the word opening with the nickname, back over words no title or body holds. */
function nameAround(words: readonly string[], at: number): string {
  let from = at;
  while (from > 0 && !NOT_NAME_WORD.has(words[from - 1]!)) from--;
  return words.slice(from).join(' ');
}

function person(name: string, s: Speaker): Speaker {
  return { ...s, name, key: personKey(name), kind: 'person' };
}

/** "Herkis, sapaan akrab Heri Kiswanto," → Heri Kiswanto: the full name written right after the nickname. */
function fullNameAfter(s: Speaker & { name: string }, context: string): Speaker | null {
  const m = new RegExp(`(?:^|[^\\p{L}])${escapeRe(s.name)}\\s*,\\s*(?:${NICKNAME})\\s+${FULL_NAME}`, 'u').exec(context);
  return m ? person(m[1]!, s) : null;
}

/**
 * "Suahasil Nazara … Sua, sapaannya, menjelaskan": the nickname stands for the last full name before it that has
 * a word opening with the nickname; with no such name the nickname stays (nothing says who else it could be).
 */
function fullNameBefore(s: Speaker & { name: string }, context: string, before: string): Speaker | null {
  const tied = new RegExp(`(?:^|[^\\p{L}])${escapeRe(s.name)}\\s*,\\s*(?:${NICKNAME})\\s*,`, 'u');
  if (!tied.test(context)) return null;
  const lower = s.name.toLowerCase();
  let found: string | null = null;
  for (const m of before.matchAll(new RegExp(FULL_NAME, 'gu'))) {
    const words = m[1]!.split(/\s+/u);
    const at = words.findIndex((w) => w.length > lower.length && w.toLowerCase().startsWith(lower));
    if (at >= 0) found = nameAround(words, at);
  }
  return found ? person(found, s) : null;
}

/** The speaker under the full name the text ties the nickname to, or null when it ties it to none. */
export function nicknameToFullName(s: Speaker, context: string, before: string): Speaker | null {
  if (s.kind !== 'person' || !s.name || /\s/u.test(s.name)) return null;
  const named = s as Speaker & { name: string };
  return fullNameAfter(named, context) ?? fullNameBefore(named, context, before);
}
