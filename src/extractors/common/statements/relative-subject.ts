import { alternation, escapeRe, WORD_END, WORD_START } from '../pattern/index.js';

export interface RelativeWords {
  relatives: readonly string[];
  /** Words between the relative and the name: "của" ("vợ của ông An"). */
  links?: readonly string[];
  honorifics?: readonly string[];
  /** A word before the relative that makes it describe the named person: "bà mẹ Nguyễn Thị Lan" (Lan is the mother). */
  describers?: readonly string[];
}

/**
 * "istri Budi Santoso mengatakan", "juru bicara orang tua Bankman menyatakan", "Vợ ông Nguyễn Văn An cho biết": the
 * name the engine read follows a word for a relative of that person, so the one who speaks is the relative, whom
 * the text does not name. True when the first mention of `name` in `context` follows one of `relatives`.
 */
export function relativeBeforeName(name: string, context: string, words: RelativeWords): boolean {
  const at = new RegExp(`${WORD_START}${escapeRe(name)}${WORD_END}`, 'u').exec(context)?.index ?? -1;
  if (at < 0) return false;
  const optional = (xs: readonly string[] | undefined) => (xs?.length ? `(?:\\s+(?:${alternation(xs)}))?` : '');
  const lead = new RegExp(
    `(?:^|[^\\p{L}])(?:(\\p{L}+)\\s+)?(?:${alternation(words.relatives)})${optional(words.links)}${optional(words.honorifics)}\\s+$`,
    'iu',
  );
  const m = lead.exec(context.slice(0, at));
  if (!m) return false;
  const before = m[1]?.toLowerCase();
  return !before || !(words.describers ?? []).some((w) => w.toLowerCase() === before);
}
