import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { GIVEN_NAME_BODY_WORDS } from './constants.js';

/*
 * "ujar Agung Aji" read as the body "Agung"; "AKBP Agung Tribawanto" read as Tribawanto of the body "Agung": a body
 * word that is also a given name, standing alone as the body and written right before the person's name words, opens
 * that name.
 */

const GIVEN: ReadonlySet<string> = new Set(GIVEN_NAME_BODY_WORDS);
const NAME_AFTER = /^\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?=\s*[,.]|\s+\p{Ll}|\s*$)/u;

export function givenNameReadAsBody(s: Speaker, context: string): Speaker | null {
  if (!s.org || !GIVEN.has(s.org)) return null;
  if (s.kind === 'organisation' && !s.title && !s.name) {
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s.org)}(?=\\s)`, 'u').exec(context);
    const m = at ? NAME_AFTER.exec(context.slice(at.index + at[0].length)) : null;
    if (!m) return null;
    const name = `${s.org} ${m[1]!}`;
    return { name, key: personKey(name), title: null, org: null, kind: 'person' };
  }
  if (s.kind === 'person' && s.name && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s.org)}\\s+${escapeRe(s.name)}(?![\\p{L}\\p{N}])`, 'u').test(context)) {
    const name = `${s.org} ${s.name}`;
    return { ...s, name, key: personKey(name), org: null };
  }
  return null;
}
