import type { Speaker } from '../../../core/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { TITLES } from './constants.js';
import { NOT_NAME_WORD } from './confidence-names.js';

/*
 * "Muliaman Hadad, Ketua Dewan Komisioner Otoritas OJK mengatakan …", "Toto Pranoto, Associate Director … Universitas
 * Indonesia (UI), mengatakan …": a sentence that opens with a person's name and a comma, then a title running up to
 * the verb, is that person speaking. Where the engine read the title (or the body at its end) without the name,
 * the name at the head of the sentence is the speaker's.
 */

const TITLE_HEAD: ReadonlySet<string> = new Set(TITLES.map((t) => t.split(/\s+/u)[0]!).filter((w) => /^\p{Lu}/u.test(w)));

const NAME_WORD = '\\p{Lu}[\\p{Ll}\'’-]+|\\p{Lu}\\.';
const LEAD = new RegExp(`(?:^|[.!?]["”’]?\\s+)((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){1,3})\\s*,\\s*`, 'gu');
/** Words of a title and its body: capitalised words, acronyms, parentheses and the joiners of a body's name. */
const TITLE_RUN = /^(?:[\p{Lu}(][\p{L}\p{N}().&'’/-]*|dan|serta|&)(?:\s+(?:[\p{Lu}(][\p{L}\p{N}().&'’/-]*|dan|serta|&))*$/u;

/**
 * The name heading the speaker's sentence, before a comma and a title that runs to the words the engine read;
 * `quoteAt` is where the statement's content starts in `context` (the verb stands between the title and it).
 */
export function nameBeforeAppositive(s: Speaker, context: string, quoteAt: number): Speaker | null {
  if (s.name) return null;
  const read = s.org ?? s.title;
  if (!read) return null;
  for (const m of context.matchAll(LEAD)) {
    const name = m[1]!;
    if (name.split(/\s+/u).some((w) => NOT_NAME_WORD.has(w))) continue;
    const after = m.index + m[0].length;
    const end = context.indexOf(read, after);
    if (end < 0 || end > quoteAt || /[.!?]["”’]?\s+\p{Lu}/u.test(context.slice(after, quoteAt))) continue;
    const run = context.slice(after, end + read.length);
    if (!TITLE_HEAD.has(run.split(/\s+/u)[0]!) || !TITLE_RUN.test(run)) continue;
    if (!/^\s*,?\s+\p{Ll}/u.test(context.slice(end + read.length))) continue;
    const title = s.kind === 'person' ? s.title : null;
    return { name, key: personKey(name), title, org: s.org, kind: 'person' };
  }
  return null;
}

