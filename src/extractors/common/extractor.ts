import type { DetectedLang, FactDraft, FactType, Lang, Paragraph } from '../../core/index.js';

/**
 * The one version scheme: one version per fact type, bumped when that type's output changes. Every fact
 * carries it (with its extractor's name), and the tests read it from here, so a bump breaks no test by itself.
 */
const EXTRACTOR_VERSIONS: Readonly<Record<FactType, string>> = { dose: '1.0.0', date: '1.0.0', statement: '1.0.0' };

/** What every fact of one extractor says made it: `{ name: 'vi/dose', version }`. */
export function extractorRef(lang: Lang, type: FactType): { name: string; version: string } {
  return { name: `${lang}/${type}`, version: EXTRACTOR_VERSIONS[type] };
}

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
