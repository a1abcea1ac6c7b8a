import type { Speaker } from '../../../core/index.js';
import { PRONOUN_POST_VERBS, PRONOUNS, VERBS } from './constants.js';
import { NAME_WORD, NOT_NAME_WORD } from './confidence-names.js';

/*
 * '"…,"tegasnya Muzzakir.', 'Kapolsek Tirto AKP Suparmono mengatakan, …, ungkapnya.', 'Group Head … Zefanya
 * mengatakan bahwa … . ''…” jelasnya': the engine tied the statement to no one (a pronoun verb it could not
 * resolve), while its own sentences show a capitalised name speaking, right before a verb of saying or right after
 * the pronoun verb. Who that is the engine did not read; the statement is left out rather than given to no one.
 */

const NAME = `(${NAME_WORD})`;
const SPEAKS = new RegExp(
  `(?:^|\\s)${NAME}\\s+(?:${VERBS.join('|')})(?![\\p{L}])|(?:^|[^\\p{L}])(?:${PRONOUN_POST_VERBS.join('|')})\\s+${NAME}`,
  'gu',
);
// "Ia menambahkan, …": a pronoun is no one named.
const PRONOUN: ReadonlySet<string> = new Set(PRONOUNS.map((p) => p.toLowerCase()));

/** A statement tied to no one whose own sentences show someone named speaking. */
export function namedSpeakerUnread(s: Speaker, context: string): boolean {
  if (s.kind !== 'person' || s.name || s.title || s.org) return false;
  return [...context.matchAll(SPEAKS)].some((m) => {
    const word = (m[1] ?? m[2])!;
    return !PRONOUN.has(word.toLowerCase()) && !NOT_NAME_WORD.has(word);
  });
}
