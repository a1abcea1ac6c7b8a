import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { NOT_NAME_WORD, PLAIN_NAME_WORD, WEEKDAY_WORDS } from './confidence-names.js';
import { COUNTRIES, LOOSE_TITLES, NOT_NAMES, PLACES } from './constants.js';

/*
 * "kata Gubernut Bank Indonesia Perry Warjiyo dalam …", "ungkap Statistisi Ahli Madya BPS Sumsel Intan Yudistri
 * Febrina saat …", "kata Bhabinkamtibmas Polsek Cengkareng, Bripka Achmad Haris, saat …": the engine read a title
 * it does not know (or a misspelt one) as the name, and the capitalised run goes on through a body to the person.
 * Where the run has one mention, ends the attribution (a lower-case word, a comma or a stop after it) and its last
 * words stand after a clear end of the body (its acronym, a place, a closing bracket, or a comma and maybe a rank),
 * those words are the person. Anything less clear stays out, as before.
 */

const ACRONYM = /^\(?\p{Lu}{2,}[\p{Lu}\d]*\)?$/u;
const RUN_TOKEN = /^(?:,|[\p{Lu}\p{N}(][\p{L}\p{N}()&'’/-]*)$/u;
const PLACE_WORD: ReadonlySet<string> = new Set([...PLACES, ...COUNTRIES, ...NOT_NAMES].filter((w) => !/\s/u.test(w)));
const RANK_WORD: ReadonlySet<string> = new Set(LOOSE_TITLES.filter((w) => !/\s/u.test(w)));

/** The person at the end of the capitalised run after the name the engine read, or null. */
export function nameAtRunEnd(s: Speaker, context: string): Speaker | null {
  if (s.kind !== 'person' || !s.name || s.title || s.org) return null;
  const mentions = [...context.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s.name)}(?![\\p{L}\\p{N}])`, 'gu'))];
  if (mentions.length !== 1) return null;
  const after = context.slice(mentions[0]!.index + s.name.length);
  const span = /^[^.;:!?"“”]*/u.exec(after)![0];
  const tokens = [...span.matchAll(/,|[^\s,]+/gu)].map((m) => m[0]);
  // ", Jumat (8/11/2024)": a comma and a weekday close the run as a lower-case word does.
  const dated = tokens.findIndex((t, i) => t === ',' && WEEKDAY_WORDS.has(tokens[i + 1] ?? ''));
  let end = tokens.findIndex((t, i) => !RUN_TOKEN.test(t) || i === dated);
  // The run must close the attribution: a lower-case word after it, or the clause's end.
  if (end < 0) end = tokens.length;
  else if (end !== dated && !/^\p{Ll}/u.test(tokens[end]!)) return null;
  const run = tokens.slice(0, end);
  if (run[run.length - 1] === ',') run.pop();
  let k = 0;
  while (k < run.length && PLAIN_NAME_WORD.test(run[run.length - 1 - k]!) && !NOT_NAME_WORD.has(run[run.length - 1 - k]!)) k++;
  if (k === 0 || k > 3) return null;
  let at = run.length - k - 1;
  let ranked = false;
  while (at >= 0 && RANK_WORD.has(run[at]!)) {
    at--;
    ranked = true;
  }
  if (at < 0) return null;
  const before = run[at]!;
  // "ujar Penyuluh Madya BPTP Ratna Dewanti": the read title may be followed straight by its unit's acronym.
  if (at === 0 && !(ACRONYM.test(before) && k === 2 && !ranked)) return null;
  const fits =
    before === ','
      ? run.slice(0, at).some((t) => t !== ',')
      : !ranked && (ACRONYM.test(before) ? k === 2 : (before.endsWith(')') || PLACE_WORD.has(before)) && k >= 2);
  if (!fits) return null;
  const name = run.slice(run.length - k).join(' ');
  const title = [s.name, ...run.slice(0, at + 1)].filter((t) => t !== ',').join(' ');
  return { name, key: personKey(name), title, org: null, kind: 'person' };
}
