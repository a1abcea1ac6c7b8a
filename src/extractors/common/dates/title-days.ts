import type { DateGrammar, Mention } from './types.js';

/** Every word starts with a capital: "Hari Ini", "Today", "Hôm Nay". */
const TITLE_CASED = /^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*$/u;

/** A bare relative day with no clock time: the only kind a title can hold as a word. */
function isBareRelDay(m: Mention): boolean {
  return m.from.kind === 'rel' && m.from.unit === 'day' && m.from.hour === undefined && !m.to && !m.clockOnly;
}

/**
 * A relative day word inside a name or a work's title is no date: "film Nanti Kita Cerita Tentang Hari Ini", "USA
 * Today", "với tên gọi “Hôm nay Tường 30”". Two signs, either enough: the words are title-cased where running text
 * would not capitalise them (two or more words, or one word in mid-clause), or the mention opens a quotation right
 * after the grammar's `titleBefore` naming word ("tên gọi", "berjudul").
 */
export function dropTitleDays(sentence: string, ms: Mention[], grammar: DateGrammar): Mention[] {
  return ms.filter((m) => {
    if (!isBareRelDay(m)) return true;
    const text = sentence.slice(m.start, m.end);
    const before = sentence.slice(0, m.start);
    if (grammar.titleBefore?.test(before)) return false;
    return !titleCasedInClause(text, before);
  });
}

/** Title case that running text would not write: two capitalised words, or one after a word of the same clause. */
function titleCasedInClause(text: string, before: string): boolean {
  if (!TITLE_CASED.test(text)) return false;
  if (/\s/u.test(text)) return true;
  return /[\p{L}\p{N}]\s+$/u.test(before);
}
