import type { FactDraft } from '../core/index.js';
import type { ExtractDoc, Extractor } from './common/extractor.js';
import { enDateExtractor } from './en/dates/index.js';
import { enDoseExtractor } from './en/doses/index.js';
import { enStatementExtractor } from './en/statements/index.js';
import { idDateExtractor } from './id/dates/index.js';
import { idDoseExtractor } from './id/doses/index.js';
import { idStatementExtractor } from './id/statements/index.js';
import { viDateExtractor } from './vi/dates/index.js';
import { viDoseExtractor } from './vi/doses/index.js';
import { viStatementExtractor } from './vi/statements/index.js';

/**
 * Every extractor, in the order they run. A language or fact type registers here and nowhere else.
 */
export const EXTRACTORS: readonly Extractor[] = [
  viDateExtractor,
  idDateExtractor,
  enDateExtractor,
  viDoseExtractor,
  idDoseExtractor,
  enDoseExtractor,
  viStatementExtractor,
  idStatementExtractor,
  enStatementExtractor,
];

/**
 * Every extractor's drafts; an extractor that throws on this article gives none and is named in `failed`,
 * so one extractor's bug costs that extractor's facts on one page, not the article and the other facts.
 */
export function runExtractors(
  doc: ExtractDoc,
  extractors: readonly Extractor[] = EXTRACTORS,
): { drafts: FactDraft[]; failed: Array<{ extractor: string; reason: string }> } {
  const drafts: FactDraft[] = [];
  const failed: Array<{ extractor: string; reason: string }> = [];
  for (const e of extractors) {
    try {
      drafts.push(...e.extract(doc));
    } catch (err) {
      failed.push({ extractor: e.name, reason: `extractor failed: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return { drafts, failed };
}

export type { ExtractDoc, Extractor } from './common/extractor.js';
