import type { Speaker } from '../../../core/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { NAME_WORD, NOT_NAME_WORD } from './confidence-names.js';

/*
 * "Asep sebagai staf SPBU mengatakan", "Ade Kurniawan, petugas pangkalan gas Jalan Emong mengatakan", "Indun (49),
 * warga Harapa Mulya, mengatakan", "Pastor Bob Roberts atas nama Multi-Faith Neighbours Network mengatakan": a
 * person's name opens the attribution, then a description of that person runs up to the verb. The engine read the
 * description (its title or body, with no name) or a place inside it as the name; the name at the head is the
 * speaker's. A lone word before a comma could be a sentence's lead word ("Sebelumnya, petugas …") or a list's last
 * word ("Deputi Bidang Protokol, Pers, dan Media …") rather than a name: it counts only with an age after it.
 */

const HEAD = new RegExp(
  `(?:^|[,;:]\\s+|[.!?]["”’]?\\s+)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})` +
    `(\\s*\\(\\d{1,3}\\))?(\\s*,\\s+(?!(?:dan|serta|atau|maupun)\\s)(?=\\p{Ll}+\\s)|\\s+(?:sebagai|atas nama)\\s+)`,
  'gu',
);

/** The person the description belongs to, or null; `quoteAt` is where the content starts in `context`. */
export function describedPerson(
  s: Speaker,
  context: string,
  quoteAt: number,
  titleWords: ReadonlySet<string>,
): Speaker | null {
  if (s.kind !== 'person' && (s.kind !== 'organisation' || s.name)) return null;
  for (const m of context.matchAll(HEAD)) {
    const all = m[1]!.split(/\s+/u);
    // "Pastor Bob Roberts": a title word before the name.
    const words = all.length > 1 && titleWords.has(all[0]!) ? all.slice(1) : all;
    if (words.length > 3) continue;
    const name = words.join(' ');
    if (words.some((w) => NOT_NAME_WORD.has(w) || titleWords.has(w))) continue;
    const after = m.index + m[0].length;
    if (after > quoteAt) continue;
    const description = context.slice(after, quoteAt).replace(/[\s,:"“”]+$/u, '');
    if (/[.!?]["”’]?\s+\p{Lu}|[–—]|\s-\s|["“”]/u.test(description)) continue;
    const read = s.name ?? s.org ?? s.title;
    if (!read || !description.includes(read) || s.name === name) continue;
    const sure = words.length > 1 || Boolean(m[2]) || !m[3]!.includes(',');
    if (!sure) return null;
    return { name, key: personKey(name), title: s.name ? null : s.title, org: s.name ? null : s.org, kind: 'person' };
  }
  return null;
}
