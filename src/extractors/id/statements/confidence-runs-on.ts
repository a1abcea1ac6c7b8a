import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { NOT_NAME_WORD, WEEKDAY_WORDS } from './confidence-names.js';
import { LOOSE_TITLES } from './constants.js';

/*
 * An Indonesian attribution closes a speaker's name with punctuation, a lower-case word (the verb, "di", "saat" …)
 * or the date. Where every mention of the name the engine read runs straight on into a body's words and then
 * another name ("kata Gubernut Bank Indonesia Perry Warjiyo dalam …"), or into a number and a name ("kata Branch
 * Manager Auto 2000 Tuban, Arie Soerjono"), the engine took a word of the title or body for the person and cut the
 * run before the person's real name: the statement is left out.
 */

/** The capitalised or numeric words right after a mention, up to punctuation or a lower-case word. */
function runAfter(text: string): string[] {
  const m = /^(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’-]*)+/u.exec(text);
  return m ? m[0].trim().split(/\s+/u) : [];
}

/** A word that may start a person's name: capitalised and no body's, title's or list word's. */
function nameLike(w: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(w) && !NOT_NAME_WORD.has(w);
}

const ACRONYM = /^\p{Lu}{2,}$/u;

const DATE_WORDS = new Set([
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
]);

function runsIntoAnotherName(run: readonly string[]): boolean {
  if (run.length < 2) return false;
  // A number inside the run ("Auto 2000 Tuban") is a body's name; a number and a month is the date.
  if (/^\p{N}/u.test(run[0]!)) return /^\p{Lu}/u.test(run[1]!) && !DATE_WORDS.has(run[1]!);
  const body = run.findIndex((w) => NOT_NAME_WORD.has(w));
  if (body >= 0 && run.slice(body + 1).some(nameLike)) return true;
  // "ujar Penyuluh Madya BPTP Ratna Dewanti": a unit's acronym right after the read name, then a name, is a body
  // standing between an unknown title and the person.
  return ACRONYM.test(run[0]!) && run.slice(1, 3).every(nameLike);
}

const RANK_WORD: ReadonlySet<string> = new Set(LOOSE_TITLES.flatMap((t) => t.split(/\s+/u)));

/**
 * "kata Dirreskrimsus Polda Kepri, Kombes Putu Yudha Prawira, …": after the read name only a body's words, then a
 * comma, maybe a rank, and two name words. No person's name is followed by a bare body; the read name was a title
 * the engine does not know, and the person follows the comma.
 */
function bodyThenNamedPerson(text: string): boolean {
  const m = /^((?:\s+\p{Lu}[\p{L}\p{N}'’-]*)+)\s*,((?:\s+\p{Lu}[\p{L}'’.-]*){2,})/u.exec(text);
  if (!m) return false;
  const body = m[1]!.trim().split(/\s+/u);
  if (!body.every((w) => NOT_NAME_WORD.has(w) || ACRONYM.test(w))) return false;
  const after = m[2]!.trim().split(/\s+/u).map((w) => w.replace(/\.$/u, ''));
  let i = 0;
  while (i < after.length && RANK_WORD.has(after[i]!)) i++;
  const names = after.slice(i, i + 2);
  return names.length === 2 && names.every((w) => nameLike(w) && !DATE_WORDS.has(w) && !WEEKDAY_WORDS.has(w));
}

export function nameRunsOn(s: Speaker, context: string): boolean {
  if (s.kind !== 'person' || !s.name) return false;
  const mentions = [...context.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s.name)}(?![\\p{L}\\p{N}])`, 'gu'))];
  return mentions.length > 0 && mentions.every((m) => {
    const rest = context.slice(m.index + m[0].length);
    return runsIntoAnotherName(runAfter(rest)) || bodyThenNamedPerson(rest);
  });
}
