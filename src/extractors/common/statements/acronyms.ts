/** Lower-case words an organisation's name may hold between its capitalised words ("Bank of England"). */
const JOINERS = new Set(['of', 'and', 'for', 'the', '&', 'de', 'du', 'des', 'von']);
const ACRONYM = /^\p{Lu}{2,6}$/u;
const WORD = /[\p{L}&][\p{L}\p{N}&'’.-]*/gu;

/**
 * An organisation acronym with the article's spelled-out name: "GM" → "General Motors (GM)", "BRC" → "British
 * Retail Consortium (BRC)", when capitalised words of the text (joined by "of", "and" …) have exactly those initials.
 */
export class Acronyms {
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly text: () => string) {}

  expand(org: string): string {
    if (!ACRONYM.test(org)) return org;
    let full = this.cache.get(org);
    if (full === undefined) this.cache.set(org, (full = this.find(org)));
    return full ? `${full} (${org})` : org;
  }

  private find(acronym: string): string | null {
    const text = this.text();
    const words = [...text.matchAll(WORD)];
    for (let i = 0; i < words.length; i++) {
      let letters = '';
      for (let j = i; j < words.length && letters.length < acronym.length; j++) {
        const w = words[j]![0];
        const gap = j > i ? text.slice(words[j - 1]!.index + words[j - 1]![0].length, words[j]!.index) : '';
        if (!/^\s+$/u.test(gap) && j > i) break;
        if (/^\p{Lu}/u.test(w)) letters += w[0];
        else if (!JOINERS.has(w) || j === i) break;
        if (!acronym.startsWith(letters)) break;
        if (letters === acronym && /^\p{Lu}/u.test(w)) {
          const start = words[i]!.index;
          return /^\p{Lu}/u.test(words[i]![0]) ? text.slice(start, words[j]!.index + w.length) : null;
        }
      }
    }
    return null;
  }
}
