import type { ExtractDoc } from '../../common/extractor.js';
import { indexAt } from '../../common/statements/phrases.js';
import { type StatementDraft, VERB_ALTERNATION, letterWords } from './draft.js';

/*
 * '"…," the researchers wrote, adding that the finding does not mean …' and 'Hua said she did not know …,
 * adding that the government was committed …': a participle of saying after an attribution reports a second
 * statement of the same speaker. It is one when its clause is plain reported speech of four words or more.
 */

const PARTICIPLE_WORDS = ['adding', 'saying', 'noting', 'explaining', 'arguing', 'insisting', 'warning', 'stressing', 'stating'];
const PARTICIPLES = `(?<participle>${PARTICIPLE_WORDS.join('|')})`;

/** A statement this module split off: the attribution's tail it sits in is its own report, not a tail. */
export function participleReport(d: StatementDraft): boolean {
  return d.verb !== null && PARTICIPLE_WORDS.includes(d.verb);
}
/** After a quote's closing mark: its attribution, then ", adding that <clause>". */
const AFTER_QUOTE = new RegExp(
  `^(?:,["”’]|["”’]\\s*,)\\s+[^"“”.!?;:]{1,80}?\\s(?:${VERB_ALTERNATION})(?:\\s[^,"“”.!?;:]{0,40})?,\\s+` +
    `${PARTICIPLES}\\s+(?:that\\s+)?(?<clause>[^.!?]+?)\\s*(?:[.!?]|$)`,
  'u',
);
/** Inside reported speech: "<first>, adding that <clause>". */
const INSIDE = new RegExp(`^(?<first>.+?),\\s+${PARTICIPLES}\\s+that\\s+(?<clause>.+)$`, 'u');
const MIN_WORDS = 4;

/** The second statement, with the sentence it stands in (a quote continued over paragraphs began sentences before). */
function second(doc: ExtractDoc, d: StatementDraft, start: number, clause: string, verb: string): StatementDraft {
  const end = start + clause.length;
  const sentence = doc.sentences[indexAt(doc.sentences, start)]?.text ?? d.sentence;
  return { ...d, start, end, text: clause, sentence, quote: clause, direct: false, verb };
}

/** The statement, and the second one its participle reports, when there is one. */
export function participleReports(doc: ExtractDoc, d: StatementDraft): StatementDraft[] {
  const text = doc.text;
  if (!d.direct) {
    const m = INSIDE.exec(d.quote);
    const first = m?.groups?.first;
    const clause = m?.groups?.clause?.trim();
    const participle = m?.groups?.participle;
    if (!first || !clause || !participle || letterWords(first) < MIN_WORDS || letterWords(clause) < MIN_WORDS) return [d];
    const at = text.indexOf(clause, d.start);
    if (at < 0) return [d];
    const head = { ...d, end: d.start + d.text.indexOf(first) + first.length, quote: first.trim() };
    return [{ ...head, text: text.slice(head.start, head.end) }, second(doc, d, at, clause, participle)];
  }
  const tail = text.slice(d.end, d.end + 400);
  const g = AFTER_QUOTE.exec(tail)?.groups;
  const clause = g?.clause?.trim();
  if (!g?.participle || !clause || letterWords(clause) < MIN_WORDS) return [d];
  return [d, second(doc, d, d.end + tail.indexOf(clause), clause, g.participle)];
}
