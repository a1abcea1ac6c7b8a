import type { DetectedLang, FactDraft, FactType, Lang, Paragraph } from '../../core/index.js';

/** A sentence of Article.text; `start`/`end` are offsets into Article.text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** The paragraph's language, or the page's when the paragraph's is `und`. */
  lang: DetectedLang;
  paragraphIndex: number;
}

/** What every extractor reads: the article's text, never its HTML. */
export interface ExtractDoc {
  url: string;
  text: string;
  lang: DetectedLang;
  paragraphs: readonly Paragraph[];
  sentences: readonly Sentence[];
  /** ISO 8601 with offset, or null when the page has no date. */
  publishedAt: string | null;
  /** The site's UTC offset, "+07:00": relative dates resolve in it. */
  utcOffset: string;
}

export interface Extractor {
  /** e.g. "vi/dose": stable, it goes into every fact's provenance. */
  readonly name: string;
  readonly version: string;
  readonly lang: Lang;
  readonly type: FactType;
  extract(doc: ExtractDoc): FactDraft[];
}

export function sentencesIn(doc: ExtractDoc, lang: Lang): Sentence[] {
  return doc.sentences.filter((s) => s.lang === lang);
}
