import type { FactDraft } from '../../../core/index.js';
import type { ExtractDoc } from '../../common/extractor.js';
import { type StatementDraft, VERB_ALTERNATION } from './draft.js';
import { overlaps, reread, type Rewrite } from './reread.js';

/*
 * A name opening its sentence, then a long description between commas, then the reporting verb: "Hoenig, the
 * Fed's longest-serving policymaker and one of 10 people who decides what rates borrowers pay on mortgages, loans
 * and other credit products, said that …", "Favre, wearing a gray t-shirt and a new Vikings hat, said …". Commas,
 * relative clauses and participles inside the description stop the engine's appositive reading; in English the
 * subject is still the name before the first comma. The page is read again with the description blanked
 * (same length), and the new statements of a person named by key are added where the first reading had none.
 */

/** A name of one to four capitalised words (an honorific first), a comma, a description, a comma, the verb. */
const OPENING_NAME = "(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.?\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}";
const LONG_APPOSITIVE = new RegExp(
  `^(\\s*${OPENING_NAME})(,[^"“”;:()]{12,240}?,)(?=\\s+(?:also\\s+)?(?:${VERB_ALTERNATION})(?![\\p{L}]))`,
  'u',
);

function descriptionBlanks(doc: ExtractDoc): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of doc.sentences) {
    const m = LONG_APPOSITIVE.exec(s.text);
    if (!m) continue;
    const start = s.start + m[1]!.length;
    const end = start + m[2]!.length;
    out.push({ start, end, text: ' '.repeat(end - start), sentence: { start: s.start, end: s.end } });
  }
  return out;
}

/** Statements of a sentence-opening name whose long description hid it from the engine's first reading. */
export function appositiveReports(
  doc: ExtractDoc,
  extract: (doc: ExtractDoc) => FactDraft[],
  found: readonly FactDraft[],
): StatementDraft[] {
  const blanks = descriptionBlanks(doc);
  if (blanks.length === 0) return [];
  const had = found.filter((d): d is StatementDraft => d.type === 'statement');
  return reread(doc, extract, blanks)
    .filter((d) => d.speaker.kind === 'person' && d.speaker.key !== null)
    .filter((d) => blanks.some((b) => b.end <= d.start && overlaps(b.sentence, d)))
    .filter((d) => !had.some((h) => overlaps(h, d)));
}
