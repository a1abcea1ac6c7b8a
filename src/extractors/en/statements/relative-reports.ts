import type { FactDraft } from '../../../core/index.js';
import type { ExtractDoc } from '../../common/extractor.js';
import { type StatementDraft, VERB_ALTERNATION, letterWords } from './draft.js';
import { blank, overlaps, reread, type Rewrite } from './reread.js';

/*
 * A non-restrictive relative clause about a named person may report what that person said: "said Katelynn
 * Lamoreaux, a Penn State freshman, who said she has male friends", "Sen. Marco Rubio, who told CNN he disagrees
 * with …". The comma before "who" makes the clause about the noun right before it, so its subject is that person.
 * The engine reads a subject right before its verb, so the page is read again with "who" blanked (the comma
 * stays: "Lamoreaux, a Penn State freshman,     said" reads as an appositive before the verb), and the statements
 * found there that the first reading did not have are added — for a person named by key only: a clause whose
 * subject the engine could not tie to a full name is left out. They replace what the first reading made of the
 * same clause (its subject was "who", read as no one or as someone before).
 */

/** ", who" right before a reporting verb (an adverb of time or "also" may stand between). */
const COMMA_WHO = new RegExp(
  `,\\s+who(?=\\s+(?:also\\s+|later\\s+|previously\\s+|earlier\\s+|has\\s+|had\\s+)?(?:${VERB_ALTERNATION})(?![\\p{L}]))`,
  'gu',
);

/**
 * Where the main clause takes over after the relative clause: ", got the ruling", ", said in his Senate speech":
 * a comma, then a past or present finite verb with no subject of its own.
 */
const MAIN_CLAUSE_RESUMES =
  /,\s+(?:\p{Ll}+ed|said|says|told|got|won|lost|left|went|took|made|has|have|had|is|was|were|will|would)(?![\p{L}])/u;

/** Fewest words for the relative clause's content to say something. */
const MIN_WORDS = 4;

function whoBlanks(doc: ExtractDoc): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(COMMA_WHO)) {
      const start = s.start + (m.index ?? 0) + 1;
      const end = s.start + (m.index ?? 0) + m[0].length;
      out.push(blank(s, start, end));
    }
  }
  return out;
}

/** The relative clause's content only: cut where the main clause resumes. */
function clauseOnly(text: string, d: StatementDraft): StatementDraft | null {
  const m = MAIN_CLAUSE_RESUMES.exec(d.quote);
  const quote = (m ? d.quote.slice(0, m.index) : d.quote).trim();
  if (letterWords(quote) < MIN_WORDS) return null;
  const at = text.indexOf(quote, d.start);
  const start = at >= 0 && at < d.end ? at : d.start;
  const end = m && at >= 0 ? at + quote.length : d.end;
  return { ...d, start, end, quote, text: text.slice(start, end) };
}

/** Whether a first-reading statement is one a relative report replaces. */
export function replacedBy(additions: readonly StatementDraft[], d: FactDraft): boolean {
  return d.type === 'statement' && !(d as StatementDraft).direct && additions.some((a) => overlaps(a, d));
}

/** Statements of relative clauses about a named person that the engine's first reading missed. */
export function relativeReports(
  doc: ExtractDoc,
  extract: (doc: ExtractDoc) => FactDraft[],
  found: readonly FactDraft[],
): StatementDraft[] {
  const blanks = whoBlanks(doc);
  const had = found.filter((d): d is StatementDraft => d.type === 'statement');
  return reread(doc, extract, blanks)
    .filter((d) => !d.direct && d.speaker.kind === 'person' && d.speaker.key !== null)
    .filter((d) => blanks.some((b) => b.end <= d.start && overlaps(b.sentence, d)))
    .filter((d) => !had.some((h) => overlaps(h, d) && h.direct))
    .flatMap((d) => clauseOnly(doc.text, d) ?? []);
}
