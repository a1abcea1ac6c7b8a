import * as cheerio from 'cheerio';
import type { Article, DetectedLang, Paragraph, ParagraphKind } from '../core/index.js';
import { profileFor } from '../sites/index.js';
import type { SiteProfile } from '../sites/profile.js';
import { capDomDepth } from './depth-cap.js';
import { extractGeneric } from './generic/index.js';
import { pageLanguage, paragraphLanguage } from './language.js';
import { readMetadata } from './metadata/index.js';
import { extractWithProfile } from './profile-extract.js';
import type { MainContent, PageMetadata } from './types.js';

export type CleanedPage = Omit<Article, 'facts' | 'fetchedAt'> & { method: string };

const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

/** Parsed with a depth cap, so no walk over the tree can overflow the stack on a hostile page. */
const load = (html: string) => capDomDepth(cheerio.load(html, PARSE_OPTIONS));

/** HTML (already decoded, NFC) to an article without facts. Pure: same input, same output. */
export function cleanPage(html: string, url: string, profile: SiteProfile | undefined = profileFor(url)): CleanedPage {
  const $ = load(html);
  const metadata = readMetadata($, url, profile);
  if (!profile) return assemble(url, profile, metadata, extractGeneric($, url));
  // A profile's extraction removes nodes; when it finds nothing, the generic path needs the page as it was.
  const main = extractWithProfile($, profile) ?? extractGeneric(load(html), url);
  return assemble(url, profile, metadata, main);
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
