import type { Anchor, DateGrammar, Mention } from './types.js';
import { year } from './pattern.js';

/**
 * The voting of a named election with its year ("Pencoblosan Pilkada 2020 diselenggarakan pada 23 September", "bulan
 * April merupakan masa pencoblosan Pemilu serentak 2019") dates the sentence's yearless days and months: they are that
 * event's, in its year, whatever the tense or the publication day would pick. Only one such year in the sentence, and
 * only dates whose phrase writes no direction ("lalu", "tới").
 */
export function yearFromEventDay(sentence: string, ms: Mention[], grammar: DateGrammar): Mention[] {
  const re = grammar.eventDayYear;
  if (!re) return ms;
  const years = new Set<number>();
  for (const match of sentence.matchAll(re)) {
    const y = year(match.groups?.y);
    if (y !== undefined) years.add(y);
  }
  if (years.size !== 1) return ms;
  const [y] = [...years] as [number];
  const withYear = (a: Anchor): Anchor =>
    a.kind === 'abs' && a.year === undefined && a.yearRel === undefined && (a.month !== undefined || a.quarter !== undefined)
      ? { ...a, year: y, yearShared: true }
      : a;
  return ms.map((m) =>
    m.tense !== undefined ? m : { ...m, from: withYear(m.from), ...(m.to && { to: withYear(m.to) }) },
  );
}
