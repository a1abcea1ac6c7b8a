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

export function runExtractors(doc: ExtractDoc, extractors: readonly Extractor[] = EXTRACTORS): FactDraft[] {
  return extractors.flatMap((e) => e.extract(doc));
}

export type { ExtractDoc, Extractor } from './common/extractor.js';
