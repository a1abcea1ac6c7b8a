import type { Speaker } from '../../../core/index.js';
import { PRONOUN_POST_VERBS, VERBS } from './constants.js';

/*
 * '"…,"tegasnya Muzzakir.', 'Kapolsek Tirto AKP Suparmono mengatakan, …, ungkapnya.', 'Group Head … Zefanya
 * mengatakan bahwa … . ''…” jelasnya': the engine tied the statement to no one (a pronoun verb it could not
 * resolve), while its own sentences show a capitalised name speaking, right before a verb of saying or right after
 * the pronoun verb. Who that is the engine did not read; the statement is left out rather than given to no one.
 */

const NAME = "\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*";
const SPEAKS = new RegExp(
  `(?:^|\\s)${NAME}\\s+(?:${VERBS.join('|')})(?![\\p{L}])|(?:^|[^\\p{L}])(?:${PRONOUN_POST_VERBS.join('|')})\\s+${NAME}`,
  'u',
);

/** A statement tied to no one whose own sentences show someone named speaking. */
export function namedSpeakerUnread(s: Speaker, context: string): boolean {
  return s.kind === 'person' && !s.name && !s.title && !s.org && SPEAKS.test(context);
}
