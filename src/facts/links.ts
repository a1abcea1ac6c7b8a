import type { Fact } from '../core/index.js';

export interface DoseLinks {
  dateId: string | null;
  statementId: string | null;
  /** The figure gives a contract's size ("hợp đồng 31 triệu liều"): it has no date and no month. */
  sizesContract: boolean;
}

/**
 * Where a new clause starts inside a sentence: ";" and ":", a contrast or "then" word (vi/id/en), a comma
 * followed by "and", by a relative word ("…, where the outbreak has raged since late April") or by a word
 * of sequence ("… in mid-September, followed by two smaller shipments"). A plain
 * comma is not one: it usually ends a fronted time phrase that belongs to what follows ("Đầu tháng 8/2021,
 * chúng ta huy động được 16,6 triệu liều").
 */
const CLAUSE_BREAK =
  /[;:]|,\s*(?:và|and|dan|serta|where|which|who|nơi|di mana|followed by|then|disusul|diikuti|sau đó|tiếp theo là)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:thì|nhưng|trong khi|sedangkan|namun|tetapi|sementara|whereas|while|but)(?![\p{L}\p{N}])/giu;

/** A figure that gives the size of a contract ("trong hợp đồng 31 triệu liều") describes the contract, not what the sentence dates. */
const CONTRACT_SIZE = /(?:hợp đồng|kontrak|perjanjian|contracts?(?:\s+(?:of|for))?)\s*(?:(?:khoảng|sekitar|about|around|gần|hơn|lebih dari|more than|over)\s+)?$/iu;

interface Located {
  fact: Fact;
  /** Offset of the fact's sentence in Article.text, or -1 when it cannot be found there. */
  sentenceStart: number;
  clause: number;
  /** Text of the sentence before the fact. */
  before: string;
}

function locate(f: Fact, text: string, breaksBySentence: Map<string, number[]>): Located {
  const at = text.lastIndexOf(f.sentence, f.start);
  const sentenceStart = at >= 0 && at + f.sentence.length >= f.end ? at : -1;
  const key = `${sentenceStart}\u0000${f.sentence}`;
  let breaks = breaksBySentence.get(key);
  if (!breaks) {
    breaks = [...f.sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index);
    breaksBySentence.set(key, breaks);
  }
  const rel = sentenceStart >= 0 ? f.start - sentenceStart : f.sentence.indexOf(f.text);
  return { fact: f, sentenceStart, clause: breaks.filter((b) => b < rel).length, before: f.sentence.slice(0, Math.max(0, rel)) };
}

function sameSentence(a: Located, b: Located): boolean {
  return a.sentenceStart === b.sentenceStart && a.fact.sentence === b.fact.sentence;
}

function gap(a: Fact, b: Fact): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** Nearest by characters between the spans; on a tie the date written before the dose wins. */
function nearest(dose: Fact, dates: Located[]): Located | undefined {
  let best: Located | undefined;
  for (const d of dates) {
    if (!best) best = d;
    else {
      const g = gap(dose, d.fact) - gap(dose, best.fact);
      if (g < 0 || (g === 0 && d.fact.start < best.fact.start)) best = d;
    }
  }
  return best;
}

/**
 * Links each dose to the date that qualifies it and the statement that contains it.
 * Date: a date in the dose's own clause (nearest if several), but not a date written after another dose
 * that follows this one ("đã nhận hơn 9 triệu liều và dự kiến nhận đủ 38,9 triệu liều trong năm 2021": the
 * year is the second figure's; a date written before several doses qualifies them all); else a date
 * written before the dose, in a clause of the same sentence that holds no dose ("Trong tháng 9/2021: …");
 * else none. A figure that sizes a contract gets no date. Statement: the smallest statement span that
 * contains the dose span.
 */
export function linkFacts(facts: readonly Fact[], articleText: string): Map<string, DoseLinks> {
  const breaks = new Map<string, number[]>();
  const located = facts.map((f) => locate(f, articleText, breaks));
  const dates = located.filter((l) => l.fact.type === 'date');
  const doses = located.filter((l) => l.fact.type === 'dose');
  const statements = facts.filter((f) => f.type === 'statement');
  const out = new Map<string, DoseLinks>();
  for (const dose of doses) {
    const inSentence = dates.filter((d) => sameSentence(d, dose));
    const others = doses.filter((o) => o !== dose && sameSentence(o, dose));
    const inClause = inSentence.filter(
      (d) => d.clause === dose.clause && !(d.fact.start >= dose.fact.end && others.some((o) => o.fact.start >= dose.fact.end && o.fact.end <= d.fact.start)),
    );
    const free = inSentence.filter((d) => d.fact.end <= dose.fact.start && !others.some((o) => o.clause === d.clause));
    const sizesContract = CONTRACT_SIZE.test(dose.before);
    const date = sizesContract ? undefined : nearest(dose.fact, inClause.length > 0 ? inClause : free);
    const containing = statements
      .filter((s) => s.start <= dose.fact.start && dose.fact.end <= s.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start || a.id.localeCompare(b.id));
    out.set(dose.fact.id, { dateId: date?.fact.id ?? null, statementId: containing[0]?.id ?? null, sizesContract });
  }
  return out;
}
