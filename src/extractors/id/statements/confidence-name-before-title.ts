import type { Speaker } from '../../../core/index.js';
import { escapeRe } from '../../common/pattern/index.js';
import { personKey } from '../../common/statements/person-key.js';
import { FORMER_WORDS, TITLE_DETERMINERS, TITLE_NAME_WORDS, TRAILING_DETERMINERS } from './constants.js';
import { NOT_NAME_WORD } from './confidence-names.js';

/*
 * "Budi Santoso Ketua Koperasi Tani Makmur mengatakan", "Selasa (18/3/2014) Muhammad Ketua Bawaslu mengatakan": a
 * name written right before its title, with no comma. The engine read the title and took the name from the body's
 * last words after it ("Tani Makmur"), or read no name. The words before the title are the person's name; the
 * title's capitalised words up to the verb are the body. "Mantan Gubernur DKI Jakarta tersebut mengatakan" (a
 * former holder, pointing back) and "Seorang sumber menyebut" (a lower-case title) name no one there.
 */

const NOT_BEFORE_TITLE: ReadonlySet<string> = new Set(
  [...FORMER_WORDS, ...TITLE_DETERMINERS].filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()),
);
const POINTS_BACK = new RegExp(`^\\s+(?:${TRAILING_DETERMINERS.join('|')})(?![\\p{L}\\p{N}])`, 'u');

const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+|\\p{Lu}\\.?";
/** Where a name may start: the text's start, after a sentence, a comma, a colon or a closing bracket. */
const BEFORE = '(?:^|[,;:)]\\s*|[.!?]["”’]?\\s+)';
const BODY_WORD = "[\\p{Lu}(][\\p{L}\\p{N}().&'’/-]*";

/** The person named right before the title the engine read; `quoteAt` is where the content starts in `context`. */
export function nameBeforeTitle(s: Speaker, context: string, quoteAt: number): Speaker | null {
  if (s.kind !== 'person' || !s.title || !/^\p{Lu}/u.test(s.title)) return null;
  const lead = new RegExp(
    `${BEFORE}((?:${NAME_WORD})(?:\\s+(?:${NAME_WORD})){0,3})\\s+(${escapeRe(s.title)}(?:\\s+${BODY_WORD})*)`,
    'gu',
  );
  for (const m of context.matchAll(lead)) {
    const name = m[1]!;
    const words = name.split(/\s+/u);
    if (!/^\p{Lu}\p{Ll}/u.test(words[0]!)) continue;
    if (words.some((w) => NOT_NAME_WORD.has(w) || NOT_BEFORE_TITLE.has(w.toLowerCase()))) continue;
    const run = m[2]!;
    const end = m.index + m[0].length;
    if (end > quoteAt || (s.org && !run.includes(s.org)) || (s.name && !run.endsWith(s.name))) continue;
    const rest = context.slice(end);
    if (!/^\s*,?\s+\p{Ll}/u.test(rest) || POINTS_BACK.test(rest)) continue;
    const org = run.slice(s.title.length).trim();
    return { name, key: personKey(name), title: s.title, org: org || null, kind: 'person' };
  }
  return null;
}

const TITLE_WORD: ReadonlySet<string> = new Set(TITLE_NAME_WORDS);

/**
 * "Triasa Sales Branch Manager (SBM) Pertamina, ia menjelaskan": the engine read the name with the first word of
 * the title that follows it ("Triasa Sales"). Where every mention of that name goes on with more of the title in
 * capitals, the words before the title's word are the person's name.
 */
export function nameGluedToTitle(s: Speaker, context: string): Speaker | null {
  if (s.kind !== 'person' || !s.name) return null;
  const words = s.name.split(/\s+/u);
  const at = words.findIndex((w) => TITLE_WORD.has(w));
  if (at < 1) return null;
  const name = words.slice(0, at);
  if (!/^\p{Lu}\p{Ll}/u.test(name[0]!) || name.some((w) => NOT_NAME_WORD.has(w) || !/^\p{Lu}/u.test(w))) return null;
  const mention = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s.name)}((?:\\s+${BODY_WORD})+)`, 'gu');
  const runs = [...context.matchAll(mention)];
  if (runs.length === 0 || runs.length !== context.split(s.name).length - 1) return null;
  const title = `${words.slice(at).join(' ')}${runs[0]![1]!}`;
  return { name: name.join(' '), key: personKey(name.join(' ')), title, org: null, kind: 'person' };
}
