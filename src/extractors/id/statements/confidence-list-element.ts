import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { NAME_PREFIXES_AFTER_COMMA } from './constants.js';

/*
 * A name read from one element of a comma list is not where the person's name stands: "Deputi Bidang Protokol, Pers,
 * dan Media Sekretariat Presiden Rudi Hartono" (a portfolio of the title, the list goes on with "dan"), "Direktur RS
 * Harapan Kita, dr. Sinta" (the body's last word, the person follows after the comma). Where every mention of the
 * name the engine read goes on like that, or the name is one of the degrees after a person's name ("Dr. (H.C.) H.
 * Rudi Hartono, S.E., M.M., menjelaskan" read as "S.E."), the statement is left out: the engine could not tell
 * where the name starts or ends. Degrees after a name read in full ("Rudi Hartono, S.E., menjelaskan") are no list.
 */

/** "S.E.", "M.Si.", "S.I.K.": an academic degree, never a person's name. */
const DEGREE = /^\p{Lu}\.(?:\p{Lu}\p{Ll}{0,2}\.)+$/u;
const PREFIX = NAME_PREFIXES_AFTER_COMMA.map(escapeRe).join('|');

/** After a mention: a comma and more of the same phrase (a listed word with "dan", a name's prefix). */
const LIST_GOES_ON = new RegExp(`^\\s*,\\s*(?:(?:dan|serta)\\s+\\p{Lu}|(?:${PREFIX})\\s*\\p{Lu})`, 'u');

export function nameInsideList(s: Speaker, context: string): boolean {
  if (s.kind !== 'person' || !s.name) return false;
  if (DEGREE.test(s.name)) return true;
  const mentions = [...context.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s.name)}(?![\\p{L}\\p{N}])`, 'gu'))];
  return mentions.length > 0 && mentions.every((m) => LIST_GOES_ON.test(context.slice(m.index + m[0].length)));
}
