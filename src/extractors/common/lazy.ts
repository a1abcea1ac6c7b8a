import type { FactType, Lang } from '../../core/index.js';
import { extractorRef, type ExtractDoc, type Extractor } from './extractor.js';

/** Names of the extractors built so far in this thread, in build order (tests read it). */
const built: string[] = [];

export function builtExtractors(): readonly string[] {
  return built;
}

/**
 * An extractor whose tables compile on its first document with a sentence in its language, once per thread:
 * a worker that only sees English pages never pays for the Vietnamese and Indonesian grammars. Every extractor
 * reads only the sentences of its own language, so a document without one gives no draft, built or not.
 */
export function lazyExtractor(lang: Lang, type: FactType, build: () => Extractor): Extractor {
  let extractor: Extractor | null = null;
  return {
    ...extractorRef(lang, type),
    lang,
    type,
    extract(doc: ExtractDoc) {
      if (!doc.sentences.some((s) => s.lang === lang)) return [];
      if (extractor === null) {
        extractor = build();
        built.push(extractor.name);
      }
      return extractor.extract(doc);
    },
  };
}
