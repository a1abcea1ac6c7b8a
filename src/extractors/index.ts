import type { FactDraft } from '../core/index.js';
import type { ExtractDoc, Extractor } from './common/extractor.js';

/**
 * Every extractor, in the order they run. A language or fact type registers here and nowhere else.
 */
export const EXTRACTORS: readonly Extractor[] = [];

export function runExtractors(doc: ExtractDoc, extractors: readonly Extractor[] = EXTRACTORS): FactDraft[] {
  return extractors.flatMap((e) => e.extract(doc));
}

export type { ExtractDoc, Extractor, Sentence } from './common/extractor.js';
