import type { FactDraft } from '../../../core/index.js';
import type { ExtractDoc } from '../../common/extractor.js';
import { overlaps, readRewritten, type Rewrite } from '../../common/statements/reread.js';
import type { StatementDraft } from './draft.js';

export { blank, overlaps, type Rewrite } from '../../common/statements/reread.js';

/**
 * The statements of the page read again with the rewrites applied, in the page's own words: only those in a
 * rewritten sentence (elsewhere the second reading is the first one again).
 */
export function reread(
  doc: ExtractDoc,
  extract: (doc: ExtractDoc) => FactDraft[],
  rewrites: readonly Rewrite[],
): StatementDraft[] {
  if (rewrites.length === 0) return [];
  return readRewritten(doc, extract, rewrites).filter(
    (d): d is StatementDraft => d.type === 'statement' && rewrites.some((r) => overlaps(r.sentence, d)),
  );
}
