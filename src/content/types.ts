import type { CheerioAPI } from 'cheerio';
import type { DetectedLang, ParagraphKind } from '../core/index.js';

export type { CheerioAPI };

/** One block of main text as the extractor found it (whitespace collapsed, NFC). */
export interface Block {
  text: string;
  kind: Exclude<ParagraphKind, 'title' | 'lead'>;
}

/** What a main-text extractor (a site profile's or the generic one) returns. */
export interface MainContent {
  /** The article's own headline when the extractor found one (else metadata's title is used). */
  title: string | null;
  lead: string;
  blocks: Block[];
  captions: string[];
  /** Set, with empty blocks, when the page is not an article (index page, no content). */
  reason?: string;
  /** "profile:vovworld", "generic": which path produced this. */
  method: string;
}

export interface PageMetadata {
  /** Without the " | Site" tail. */
  title: string | null;
  canonicalUrl: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  authors: string[];
  section: string | null;
  /** The page's declared language: one of ours, `und` for another language, undefined when not declared. */
  htmlLang: DetectedLang | undefined;
  siteName: string | null;
}
