/**
 * The one pattern toolkit of the extractors: escaping, longest-first alternations, Unicode word edges and
 * typed named groups. JS's word-boundary and non-word escapes are ASCII-only, so word edges are
 * look-arounds over `\p{L}\p{N}`.
 */

/** Not preceded by a letter or digit. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * Escapes a literal for a RegExp source (including `/`, so a source can be shown in a literal).
 * @public the toolkit's API, for every extractor to import.
 */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * An alternation of literal words, longest first so "Phó Thủ tướng" wins over "Thủ tướng"; a space matches
 * any run of whitespace. An empty list gives a pattern that never matches.
 */
export function alternation(words: Iterable<string>): string {
  const uniq = [...new Set(words)].sort((a, b) => b.length - a.length);
  return uniq.length ? uniq.map((w) => escapeRe(w).replace(/ /g, '\\s+')).join('|') : '(?!)';
}

/**
 * The words as a whole-word group: `(?<![\p{L}\p{N}])(?:a|b)(?![\p{L}\p{N}])`.
 * @public the toolkit's API, for every extractor to import.
 */
export function wordsRe(words: Iterable<string>): string {
  return `${WORD_START}(?:${alternation(words)})${WORD_END}`;
}

/** A global, Unicode RegExp with match indices. */
export function rx(source: string, flags = 'gud'): RegExp {
  return new RegExp(source, flags);
}

/**
 * The named groups of a match, typed by the names the caller expects (each may be undefined when its
 * branch did not take part): `const g = groups(m, 'day', 'month')` instead of `m.groups!`.
 */
export function groups<K extends string>(
  m: RegExpExecArray | RegExpMatchArray,
  ..._names: K[]
): Partial<Record<K, string>> {
  return (m.groups ?? {}) as Partial<Record<K, string>>;
}

/** Start and end offsets of a named group in a match made with the `d` flag. */
export function groupSpan(m: RegExpExecArray, name: string): readonly [number, number] | undefined {
  return m.indices?.groups?.[name];
}
