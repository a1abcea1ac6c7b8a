import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { rankThenName } from './confidence-rank-after-unit.js';

/*
 * '"…," kata Kapolres Malang Kota AKBP Dony Alexander saat …': a district force named after its town ends in "Kota"
 * ("Polres Malang Kota", "Polres Pekalongan Kota"). The engine read the town as the body and stopped at "Kota",
 * leaving no name; the rank and the person's name follow the suffix.
 */

const UNIT_SUFFIXES = ['Kota', 'Kabupaten'] as const;

export function personAfterUnitSuffix(s: Speaker, context: string): Speaker | null {
  if (s.kind !== 'person' || s.name || !s.title || !s.org) return null;
  const unit = new RegExp(`${escapeRe(s.title)}\\s+${escapeRe(s.org)}\\s+(${UNIT_SUFFIXES.join('|')})`, 'gu');
  for (let m = unit.exec(context); m; unit.lastIndex = m.index + 1, m = unit.exec(context)) {
    const found = rankThenName(context, m.index + m[0].length, 'optional');
    if (!found) continue;
    // The sentence's closing dot is no initial's.
    const name = found.replace(/(\p{Ll})\.$/u, '$1');
    return { name, key: personKey(name), title: s.title, org: `${s.org} ${m[1]!}`, kind: 'person' };
  }
  return null;
}
