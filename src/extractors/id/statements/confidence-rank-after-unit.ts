import type { Speaker } from '../../../core/index.js';
import { alternation, escapeRe, WORD_END } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { LOOSE_TITLES, TITLES } from './constants.js';

/*
 * "kata Kapolsek Kebayoran Lama, Kompol Widya Agustiono": the engine read the unit after the title (a district, a
 * town) as the person's name; the person follows the comma, with their rank. The unit joins the title.
 */

export const RANK = alternation([...LOOSE_TITLES, ...TITLES].filter((t) => /^\p{Lu}/u.test(t)));
export const NAME_RUN = "\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’.-]*){0,3}";

export function personAfterUnit(s: Speaker, context: string): Speaker | null {
  if (s.kind !== 'person' || !s.name || !s.title) return null;
  const m = new RegExp(
    `${escapeRe(s.title)}\\s+(${escapeRe(s.name)}(?:\\s+\\p{Lu}\\p{L}*){0,2})\\s*,\\s*(?:${RANK})${WORD_END}\\s+(${NAME_RUN})(?=\\s*[,.]|\\s+\\p{Ll}|$)`,
    'u',
  ).exec(context);
  if (!m) return null;
  const name = m[2]!;
  return { name, key: personKey(name), title: `${s.title} ${m[1]!}`, org: s.org, kind: 'person' };
}
