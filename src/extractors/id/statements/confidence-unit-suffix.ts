import type { Speaker } from '../../../core/index.js';
import { escapeRe, WORD_END } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { NAME_RUN, RANK } from './confidence-rank-after-unit.js';

/*
 * '"…," kata Kapolres Malang Kota AKBP Dony Alexander saat …': a district force named after its town ends in "Kota"
 * ("Polres Malang Kota", "Polres Pekalongan Kota"). The engine read the town as the body and stopped at "Kota",
 * leaving no name; the rank and the person's name follow the suffix.
 */

const UNIT_SUFFIXES = ['Kota', 'Kabupaten'] as const;

export function personAfterUnitSuffix(s: Speaker, context: string): Speaker | null {
  if (s.kind !== 'person' || s.name || !s.title || !s.org) return null;
  const m = new RegExp(
    `${escapeRe(s.title)}\\s+${escapeRe(s.org)}\\s+(${UNIT_SUFFIXES.join('|')})\\s*,?\\s*(?:${RANK})${WORD_END}` +
      `\\s+(${NAME_RUN})(?=\\s*[,.]|\\s+\\p{Ll}|$)`,
    'u',
  ).exec(context);
  if (!m) return null;
  // The sentence's closing dot is no initial's.
  const name = m[2]!.replace(/(\p{Ll})\.$/u, '$1');
  return { name, key: personKey(name), title: s.title, org: `${s.org} ${m[1]!}`, kind: 'person' };
}
