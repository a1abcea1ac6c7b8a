/**
 * Vietnamese writes the tone of an open syllable ending in "oa", "oe" or "uy" on either vowel: "hòa" / "hoà",
 * "thủy" / "thuỷ", "Ủy ban" / "Uỷ ban", "khỏe" / "khoẻ". Both spellings are standard and newspapers differ, so
 * every vocabulary entry is listed in both.
 */

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
/** An open syllable ending in one of the pairs, a tone mark on either vowel (NFD); not after "q" ("quý"). */
const SYLLABLE = /(?<![\p{L}\u0300-\u036f])([^\s\p{P}]*?)(?<![qQ])([oOuU])([\u0300\u0301\u0303\u0309\u0323]?)([aAeEyY])([\u0300\u0301\u0303\u0309\u0323]?)(?![\p{L}\u0300-\u036f])/gu;

/** The other spelling of every open "oa"/"oe"/"uy" syllable of `word`, or `word` itself when it has none. */
export function otherToneSpelling(word: string): string {
  const d = word.normalize('NFD');
  const moved = d.replace(SYLLABLE, (all: string, head: string, v1: string, t1: string, v2: string, t2: string) => {
    if (TONES.test(head) || (!t1 && !t2) || (t1 && t2)) return all;
    if ((v1.toLowerCase() === 'u') !== (v2.toLowerCase() === 'y')) return all;
    return t1 ? `${head}${v1}${v2}${t1}` : `${head}${v1}${t2}${v2}`;
  });
  return moved.normalize('NFC');
}

/** `words` with the other tone spelling of each entry added after it (entries without one are kept once). */
export function withToneVariants<T extends string>(words: readonly T[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(w);
    const other = otherToneSpelling(w);
    if (other !== w) out.push(other);
  }
  return out;
}
