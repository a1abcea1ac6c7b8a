import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { CALLED_BY_WORDS } from './constants.js';
import { NAME_WORD, NOT_NAME_WORD } from './confidence-names.js';

/*
 * '"…," kata pria yang karib disapa Djanur.', 'ujar pria yang akrab disapa Bambang Pacul itu di Gedung …': the
 * attribution describes the speaker ("pria", "politikus …") and then gives the name people call them by. The engine
 * read the description as a title with no name; the name after "disapa"/"dipanggil" is the speaker's, the only name
 * the sentence gives. Without such a name the statement stays as the engine read it.
 */

const CALLED = [...CALLED_BY_WORDS].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
// The name ends where the attribution goes on: "itu", a comma or stop, a lower-case word, the text's end.
const NAME = `(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})(?=\\s+itu(?![\\p{L}])|\\s*[,.;!?]|\\s+\\p{Ll}|\\s*$)`;

/** The person named after the description the engine read, or null. */
export function calledName(s: Speaker, context: string): Speaker | null {
  if (s.kind !== 'person' || s.name || !s.title) return null;
  const phrase = [s.title, s.org].flatMap((w) => (w ? [escapeRe(w)] : [])).join('\\s+');
  const m = new RegExp(`(?:^|[^\\p{L}])${phrase}\\s+(?:${CALLED})\\s+${NAME}`, 'u').exec(context);
  if (!m) return null;
  const name = m[1]!;
  if (name.split(/\s+/u).some((w) => NOT_NAME_WORD.has(w))) return null;
  return { ...s, name, key: personKey(name), kind: 'person' };
}
