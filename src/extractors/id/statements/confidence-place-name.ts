import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { ADMIN_UNITS } from './constants.js';
import { NOT_NAME_WORD } from './confidence-names.js';

/*
 * "Candra, salah seorang peternak di Desa Bangoan Kecamatan Kedungwaru mengatakan …": the engine read a place as
 * the speaker's name, a place the same sentences name after an administrative unit ("Kecamatan Kedungwaru",
 * "kecamatan Sekadau Hulu"). Such a name is no person's. Where the sentence opens with a name, a comma and a
 * lower-case description of that person ("Candra, salah seorang peternak …", "Rahman, warga …"), that name is the
 * speaker's; otherwise the statement is left out.
 */

const UNIT = ADMIN_UNITS.map((u) => `[${u[0]!}${u[0]!.toLowerCase()}]${escapeRe(u.slice(1))}`).join('|');

/** The name stands, somewhere in `context`, right after an administrative unit: it names a place. */
export function nameIsPlace(s: Speaker, context: string): boolean {
  if (s.kind !== 'person' || !s.name) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${UNIT})\\s+${escapeRe(s.name)}(?![\\p{L}\\p{N}])`, 'u').test(context);
}

const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+";
/** A sentence opening with a name of one to three words, a comma and a lower-case word describing the person. */
const HEAD = new RegExp(`(?:^|[.!?]["”’]?\\s+)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})\\s*,\\s+\\p{Ll}`, 'gu');

/** The person heading the sentence in which the engine read a place as the name, or null. */
export function personBeforePlace(s: Speaker, context: string): Speaker | null {
  if (!nameIsPlace(s, context)) return null;
  for (const m of context.matchAll(HEAD)) {
    const name = m[1]!;
    if (name.split(/\s+/u).some((w) => NOT_NAME_WORD.has(w))) continue;
    const rest = context.slice(m.index + m[0].length);
    const sentence = rest.split(/[.!?]["”’]?\s+(?=\p{Lu})/u)[0]!;
    if (!sentence.includes(s.name!)) continue;
    return { name, key: personKey(name), title: null, org: null, kind: 'person' };
  }
  return null;
}
