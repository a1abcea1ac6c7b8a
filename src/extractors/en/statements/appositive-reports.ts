import type { FactDraft } from '../../../core/index.js';
import type { ExtractDoc } from '../../common/extractor.js';
import { type StatementDraft, VERB_ALTERNATION } from './draft.js';
import { blank, overlaps, reread, type Rewrite } from './reread.js';

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

/**
 * A description, then the name it describes between commas, then the verb: "The Senate Republican leader, Mitch
 * McConnell of Kentucky, said …", '…," his agent, Don Yee, said'. The name is the subject; the description and
 * the comma after the name are blanked.
 */
const DESCRIBED_NAME = new RegExp(
  `(^\\s*|["”],?\\s+)((?:The|the|His|his|Her|her|Their|their|A|a|An|an)\\s[^,"“”;:()]{2,60},\\s+)` +
    `\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}(?:\\s+of\\s+\\p{Lu}[\\p{L}.]+)?(,)` +
    `(?=\\s+(?:${VERB_ALTERNATION})(?![\\p{L}]))`,
  'u',
);

function descriptionBlanks(doc: ExtractDoc): Rewrite[] {
  const out: Rewrite[] = [];
  for (const s of doc.sentences) {
    const m = LONG_APPOSITIVE.exec(s.text);
    if (m) {
      const start = s.start + m[1]!.length;
      out.push(blank(s, start, start + m[2]!.length));
      continue;
    }
    const d = DESCRIBED_NAME.exec(s.text);
    if (!d) continue;
    const start = s.start + d.index + d[1]!.length;
    const comma = s.start + d.index + d[0].length - 1;
    out.push(blank(s, start, start + d[2]!.length), blank(s, comma, comma + 1));
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
    .filter((d) => !had.some((h) => overlaps(h, d)));
}
