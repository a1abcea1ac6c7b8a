/**
 * Tokens of a statement sentence: words (with the dots, hyphens and apostrophes inside them: "GS.TS",
 * "Covid-19", "Ma'ruf"), initials ("W.", "U.S."), and single punctuation marks. Regex decides only the
 * shape of a token; what a token means is decided by the vocabularies (lexicon.ts) and the grammar.
 */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Letters or digits (not punctuation). */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case (digits allowed): "WHO", "DPR", "TP.HCM". */
  acronym: boolean;
  /** One upper-case letter and a dot: "W.", "U.S."; or capitals joined by dots, the last without one: "N.T.B". */
  initial: boolean;
  /** Letters only, or letters joined by hyphens and apostrophes: a word that may be part of a name. */
  alpha: boolean;
}

const TOKEN = /\p{Lu}\.(?:\p{Lu}\.)*(?!\p{L})(?:['’]s(?!\p{L}))?|[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*|\n|\S/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ALPHA = /^\p{L}+(?:[-'’]\p{L}+)*$/u;
const INITIALS = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;
/** "ông N.T.B", "chị Đ.L.C": a person's initials written without the last dot. */
const DOTTED_INITIALS = /^\p{Lu}(?:\.\p{Lu})+$/u;

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Most tokens are lower-case words: the shape tests run only on capitalised ones. */
function make(text: string, start: number): Token {
  const lower = text.toLowerCase();
  const word = text.length > 1 || LETTER_OR_DIGIT.test(text);
  const cap = word && isUpper(text.charAt(0));
  let acronym = false;
  if (cap && text.length > 1 && text === text.toUpperCase()) {
    let letters = 0;
    for (const c of text) if (c !== c.toLowerCase()) letters++;
    acronym = letters >= 2;
  }
  return {
    text,
    lower,
    start,
    end: start + text.length,
    word,
    cap,
    acronym,
    initial: cap && (text.endsWith('.') ? INITIALS.test(text) : DOTTED_INITIALS.test(text)),
    alpha: cap ? ALPHA.test(text) : word && lower !== lower.toUpperCase(),
  };
}

/** Tokens of `text` (offsets into it); an English possessive "'s" is a token of its own ("F.B.I.’s" too). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    const w = m[0];
    const apostrophe = w.length > 3 && w.endsWith('s') ? w.charAt(w.length - 2) : '';
    if (apostrophe === "'" || apostrophe === '’') {
      out.push(make(w.slice(0, -2), at), make(w.slice(-2), at + w.length - 2));
    } else out.push(make(w, at));
  }
  return out;
}
