import type { FactDraft } from '../../../core/index.js';
import type { ExtractDoc } from '../../common/extractor.js';
import { type StatementDraft, VERB_ALTERNATION } from './draft.js';
import { blank, overlaps, reread, type Rewrite } from './reread.js';

/*
 * English shares a subject over coordinated verb phrases: "Local councillor Gordon Mackenzie branded the event a
 * "shambles" and said: "…"", "The firms denied that …, but said they are examining …", "The PM laughed in
 * response, but insisted he wants …". The reporting verb after "and"/"but" has no subject of its own; its
 * speaker is the sentence's subject. The engine reads a subject right before its verb, so the sentence is read
 * a second time with the first verb phrase blanked out (same length: every offset stays), and the statements
 * found there that the first reading did not have are added, for persons only (a subject read as a body is as
 * often a title's initials, "The PM", as a body).
 */

/** A finite verb that ends a sentence-opening subject: a past form, an auxiliary or a common irregular past. */
const FINITE =
  '\\p{Ll}+ed|has|had|have|did|does|was|were|is|are|said|says|spoke|went|took|made|gave|met|sent|held|brought|' +
  'stood|sat|left|got|told|wrote|came|ran|saw|thought|knew|fought|sought|threw|drew|won|lost|paid|led|rose|fell';

/** Subject (≤ 7 words, no comma), first verb phrase, then "and"/"but" right before a reporting verb. */
const COORDINATED = new RegExp(
  `^(?<subject>\\p{Lu}[\\p{L}\\p{N}.'’-]*(?:\\s+[\\p{L}\\p{N}.'’-]+){0,6}?)\\s+` +
    `(?<phrase>(?:${FINITE})(?![\\p{L}])[^.!?;]*?,?\\s(?:and|but)(?:,\\s*\\p{Ll}+,)?\\s+(?:also\\s+)?)` +
    `(?=(?:${VERB_ALTERNATION})(?![\\p{L}]))`,
  'u',
);

/** Each sentence's first verb phrase before "and said"/"but insisted", as a span of the page. */
function coordinatedPhrases(doc: ExtractDoc): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of doc.sentences) {
    const g = COORDINATED.exec(s.text)?.groups;
    if (!g?.subject || !g.phrase) continue;
    const afterSubject = s.text.slice(g.subject.length);
    const start = s.start + g.subject.length + (afterSubject.length - afterSubject.trimStart().length);
    const end = start + g.phrase.length;
    out.push(blank(s, start, end));
  }
  return out;
}

/** Statements of coordinated reporting verbs the engine's first reading missed. */
export function coordinatedReports(
  doc: ExtractDoc,
  extract: (doc: ExtractDoc) => FactDraft[],
  found: readonly FactDraft[],
): StatementDraft[] {
  const blanks = coordinatedPhrases(doc);
  const had = found.filter((d): d is StatementDraft => d.type === 'statement');
  return (
    reread(doc, extract, blanks)
      // A body's subject here is often a title's initials ("The PM laughed …, but insisted"): persons only.
      .filter((d) => d.speaker.kind === 'person')
      .filter((d) => !had.some((h) => overlaps(h, d)))
  );
}
