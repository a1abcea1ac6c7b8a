import { tokenize, type Token } from './tokens.js';

/** What a vocabulary entry is: the tags the speaker grammar reads. */
export type Tag =
  | 'title'
  | 'honorific'
  | 'pronoun'
  | 'org'
  | 'orgHead'
  | 'orgTail'
  | 'portfolio'
  | 'place'
  | 'adminUnit'
  | 'country'
  | 'notName'
  | 'surname'
  | 'givenName'
  | 'bareGiven'
  | 'personNoun'
  | 'compound'
  | 'determiner'
  | 'trailingDeterminer'
  | 'link'
  | 'former'
  | 'conjunction'
  | 'relative'
  | 'preposition'
  | 'verb'
  | 'adverb'
  | 'runStop';

export interface Entry {
  tag: Tag;
  /** As the vocabulary writes it. */
  written: string;
  /** Lower-case tokens. */
  words: readonly string[];
  /** The written form starts with a capital: in strict mode the text must too. */
  capital: boolean;
}

export interface Match {
  entry: Entry;
  /** Token index after the match. */
  end: number;
}

/**
 * Vocabularies as a map from an entry's first (lower-case) token to its entries, longest first: a match at
 * a token is a map look-up and a comparison of the few entries that start with that word.
 */
export class Lexicon {
  private readonly byFirst = new Map<string, Entry[]>();

  add(tag: Tag, words: Iterable<string>): this {
    for (const written of words) {
      const toks = tokenize(written.normalize('NFC'));
      if (toks.length === 0) continue;
      const entry: Entry = { tag, written, words: toks.map((t) => t.lower), capital: toks[0]!.cap };
      const list = this.byFirst.get(entry.words[0]!) ?? [];
      list.push(entry);
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(entry.words[0]!, list);
    }
    return this;
  }

  /** Whether some entry starts with this (lower-case) word. */
  starts(lower: string): boolean {
    return this.byFirst.has(lower);
  }

  /** The longest entry with `tag` starting at token `i`; `strict`: a capitalised entry needs a capital in the text. */
  match(tokens: readonly Token[], i: number, tag: Tag, strict = true): Match | null {
    const t = tokens[i];
    if (!t) return null;
    const list = this.byFirst.get(t.lower);
    if (!list) return null;
    for (const e of list) {
      if (e.tag !== tag || (strict && e.capital && !t.cap)) continue;
      if (e.words.every((w, k) => tokens[i + k]?.lower === w && (k === 0 || !breaksBetween(tokens, i + k)))) {
        return { entry: e, end: i + e.words.length };
      }
    }
    return null;
  }

  /** Whether any entry with one of `tags` starts at token `i` (case-insensitive). */
  has(tokens: readonly Token[], i: number, tags: ReadonlySet<Tag>): boolean {
    const list = tokens[i] ? this.byFirst.get(tokens[i]!.lower) : undefined;
    return !!list?.some((e) => tags.has(e.tag) && this.match(tokens, i, e.tag, false) !== null);
  }

  /** Whether an entry with one of `tags` starts at token `i` written in the same case ("Expert" is not "expert"). */
  hasAsWritten(tokens: readonly Token[], i: number, tags: ReadonlySet<Tag>): boolean {
    const t = tokens[i];
    const list = t ? this.byFirst.get(t.lower) : undefined;
    return !!list?.some((e) => tags.has(e.tag) && e.capital === t!.cap && this.match(tokens, i, e.tag, false) !== null);
  }

  /**
   * How the vocabulary writes a phrase with `tag`: as in the text when one entry is written so, else the first
   * capitalised entry ("giám đốc" → "Giám đốc"); not `asWritten`: always that entry ("the health minister" →
   * "Health Minister").
   */
  canonical(tag: Tag, surface: string, asWritten = true): string {
    const toks = tokenize(surface).map((t) => t.lower).join(' ');
    const first = this.byFirst.get(toks.split(' ')[0] ?? '') ?? [];
    const same = first.filter((x) => x.tag === tag && x.words.join(' ') === toks);
    if (asWritten && same.some((x) => x.written === surface)) return surface;
    return (same.find((x) => x.capital) ?? same[0])?.written ?? surface;
  }
}

/** A line break between two tokens: no phrase spans paragraphs. */
function breaksBetween(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text === '\n';
}
