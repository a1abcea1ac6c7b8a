import type { Speaker } from '../../../core/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { NOT_NAME_WORD } from './confidence-names.js';
import { ORG_NAME_TAILS } from './constants.js';

/*
 * A body's name ends at its last word ("Permata Bank", "MRA Broadcast Media Division"); after a title, the
 * capitalised words that follow that word are the person's name. Where the engine read the whole run as one body
 * ("Kepala Ekonom Permata Bank Josua Pardede" → the body "Bank Josua Pardede") or as one name ("Direktur MRA
 * Broadcast Media Division M Rafiq" → "Broadcast Media Division M Rafiq"), the person is the words after the tail.
 */

/** Tails of body names, and the heads that also end one ("Permata Bank", "… Media Division"). */
const TAIL: ReadonlySet<string> = new Set([...ORG_NAME_TAILS, 'Bank', 'Division', 'Divisi']);
const NAME_WORD = /^(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.?)$/u;

function personAfterTail(words: readonly string[]): { body: string; name: string } | null {
  let tail = -1;
  words.forEach((w, i) => {
    if (TAIL.has(w)) tail = i;
  });
  const rest = words.slice(tail + 1);
  if (tail < 0 || rest.length < 2 || !rest.every((w) => NAME_WORD.test(w) && !NOT_NAME_WORD.has(w))) return null;
  if (!/\p{Ll}{2}/u.test(rest[rest.length - 1]!)) return null;
  return { body: words.slice(0, tail + 1).join(' '), name: rest.join(' ') };
}

export function personAfterBodyTail(s: Speaker): Speaker | null {
  const read = s.kind === 'person' ? s.name : s.org;
  if (!read) return null;
  const split = personAfterTail(read.split(/\s+/u));
  if (!split) return null;
  const org = s.kind === 'person' && s.org ? `${s.org} ${split.body}` : split.body;
  return { name: split.name, key: personKey(split.name), title: s.title, org, kind: 'person' };
}
