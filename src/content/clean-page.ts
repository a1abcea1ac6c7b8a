import * as cheerio from 'cheerio';
import type { Article, DetectedLang, Paragraph, ParagraphKind } from '../core/index.js';
import { profileFor } from '../sites/index.js';
import type { SiteProfile } from '../sites/profile.js';
import { extractGeneric } from './generic/index.js';
import { pageLanguage, paragraphLanguage } from './language.js';
import { readMetadata } from './metadata/index.js';
import { extractWithProfile } from './profile-extract.js';
import type { MainContent, PageMetadata } from './types.js';

export type CleanedPage = Omit<Article, 'facts' | 'fetchedAt'> & { method: string };

const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

/** HTML (already decoded, NFC) to an article without facts. Pure: same input, same output. */
export function cleanPage(html: string, url: string, profile: SiteProfile | undefined = profileFor(url)): CleanedPage {
  const $ = parseHtml(html);
  const metadata = readMetadata($, url, profile);
  return assemble(url, profile, metadata, mainContent($, html, url, profile));
}

/** The parse stage: one DOM per page (a second only when a profile finds nothing). */
export function parseHtml(html: string): cheerio.CheerioAPI {
  return cheerio.load(html, PARSE_OPTIONS);
}

/** The cleaning stage, after metadata was read: a profile's extraction removes nodes from `$`. */
export function mainContent($: cheerio.CheerioAPI, html: string, url: string, profile: SiteProfile | undefined): MainContent {
  if (!profile) return extractGeneric($, url);
  // When a profile finds nothing, the generic path needs the page as it was.
  return extractWithProfile($, profile) ?? extractGeneric(parseHtml(html), url);
}

function assemble(url: string, profile: SiteProfile | undefined, metadata: PageMetadata, main: MainContent): CleanedPage {
  const title = (main.title ?? metadata.title ?? '').trim();
  const isArticle = main.reason === undefined && main.blocks.length > 0;
  const pieces: Array<{ text: string; kind: ParagraphKind }> = [];
  if (isArticle) {
    if (title) pieces.push({ text: title, kind: 'title' });
    if (main.lead && main.lead !== title) pieces.push({ text: main.lead, kind: 'lead' });
    for (const b of main.blocks) {
      const prev = pieces[pieces.length - 1];
      if (b.text && b.text !== prev?.text) pieces.push(b);
    }
  }
  const text = pieces.map((p) => p.text).join('\n\n');
  const lang: DetectedLang = pageLanguage(text, metadata.htmlLang);
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const p of pieces) {
    paragraphs.push({ text: p.text, kind: p.kind, lang: paragraphLanguage(p.text, lang), start: offset, end: offset + p.text.length });
    offset += p.text.length + 2;
  }
  return {
    url,
    canonicalUrl: metadata.canonicalUrl,
    site: profile?.name ?? hostOf(url),
    lang,
    title,
    lead: isArticle ? main.lead : '',
    text,
    paragraphs,
    publishedAt: metadata.publishedAt,
    modifiedAt: metadata.modifiedAt,
    authors: metadata.authors,
    section: metadata.section,
    captions: main.captions,
    ...(isArticle ? {} : { reason: main.reason ?? 'no main text found' }),
    method: main.method,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'unknown';
  }
}
