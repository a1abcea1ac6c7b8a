/** Escapes a literal for a RegExp source. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literal words, longest first, spaces matching any run of whitespace. */
export function wordAlternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w).replace(/ /g, '\\s+'))
    .join('|');
}

/** Not inside a word: look-arounds for NFC text (never the regex word boundary, which is ASCII-only). */
export const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
export const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';
