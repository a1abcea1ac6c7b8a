import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { REACHED_OR_DATED_TAIL } from './constants.js';

/**
 * "Supervisor Humas PLN UIW Sulselrabar Eko Wahyu Prasongko yang dihubungi, Sabtu (17/11/2018) menuturkan": three
 * or more capitalised words right after a body's acronym may open with the body's place or unit ("Sulselrabar");
 * before a clause of being reached or a bare date, nothing closes the name, so where it starts is not sure.
 */
export function longNameAfterAcronym(s: Speaker, context: string): boolean {
  if (s.kind !== 'person' || !s.name || !s.org) return false;
  if (s.name.split(/\s+/u).length < 3) return false;
  const last = s.org.split(/\s+/u).pop()!;
  if (!/^\p{Lu}{2,}$/u.test(last)) return false;
  return new RegExp(`${escapeRe(s.org)}\\s+${escapeRe(s.name)}(?:${REACHED_OR_DATED_TAIL})`, 'u').test(context);
}
