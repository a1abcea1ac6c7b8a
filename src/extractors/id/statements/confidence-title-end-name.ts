import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { NOT_NAME_WORD, PLAIN_NAME_WORD } from './confidence-names.js';
import { COUNTRIES, NOT_NAMES, PLACES } from './constants.js';

/*
 * "kata Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Raditya Jati, Kamis": the engine read the
 * title, stopped at the list's comma and read no name. Where the title's words go on to a clear end of the body
 * (its acronym, a closing bracket, a place) and two or three name words follow (two after an acronym) that close the attribution (a
 * comma, a stop or a lower-case word after them), those words are the person. Anything less clear stays out.
 */

const ACRONYM = /^\(?\p{Lu}{2,}[\p{Lu}\d]*\)?$/u;
const PLACE_WORD: ReadonlySet<string> = new Set(
  [...PLACES, ...COUNTRIES, ...NOT_NAMES].filter((w) => !/\s/u.test(w)),
);
const CLOSES = /^(?:\s*[,.]|\s+\p{Ll})/u;

/** A token that ends a body's name: its acronym, a closing bracket, or a place. */
function endsBody(token: string): boolean {
  return ACRONYM.test(token) || token.endsWith(')') || PLACE_WORD.has(token);
}

export function nameAtTitleEnd(s: Speaker, context: string): Speaker | null {
  if (s.kind !== 'person' || s.name || !s.title) return null;
  const phrase = [s.title, s.org].flatMap((w) => (w ? [escapeRe(w)] : [])).join('\\s+');
  const at = new RegExp(phrase, 'u').exec(context);
  if (!at) return null;
  const from = at.index + at[0].length;
  const span = /^[^.;:!?"“”]*/u.exec(context.slice(from))![0];
  const tokens = [...span.matchAll(/[^\s,]+/gu)];
  for (let i = 0; i < tokens.length; i++) {
    if (!endsBody(tokens[i]![0])) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && PLAIN_NAME_WORD.test(tokens[j]![0]) && !NOT_NAME_WORD.has(tokens[j]![0])) j++;
    const words = tokens.slice(i + 1, j);
    // After an acronym a third word may open the name or close the body ("BPBD Wonorejo Joko Lelono"): too unsure.
    if (words.length < 2 || words.length > (ACRONYM.test(tokens[i]![0]) ? 2 : 3)) continue;
    const last = words[words.length - 1]!;
    if (!CLOSES.test(context.slice(from + last.index + last[0].length))) continue;
    const name = words.map((w) => w[0]).join(' ');
    if (span.slice(words[0]!.index, last.index + last[0].length) !== name) continue;
    return { name, key: personKey(name), title: s.title, org: s.org, kind: 'person' };
  }
  return null;
}
