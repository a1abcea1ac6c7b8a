import * as cheerio from 'cheerio/slim';
import type { Article, DetectedLang, Paragraph, ParagraphKind } from '../core/index.js';
import { profileFor } from '../sites/index.js';
import type { SiteProfile } from '../sites/profile.js';
import { capDomDepth } from './depth-cap.js';
import { isAuthorBio } from './author-bio.js';
import { headlineOf } from './headline-choice.js';
import { adoptTopLevelStrays, openImpliedBody } from './implied-body.js';
import { closeRunawayTitle } from './runaway-title.js';
import { extractGeneric } from './generic/index.js';
import { pageLanguage, paragraphLanguage } from './language.js';
import { readMetadata } from './metadata/index.js';
import { extractWithProfile } from './profile-extract.js';
import type { MainContent, PageMetadata } from './types.js';

export type CleanedPage = Omit<Article, 'facts' | 'fetchedAt'> & {
  method: string;
  /** The site profile's UTC offset, when a profile read the page. */
  utcOffset?: string;
};

const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

/**
 * Parsed with a depth cap (so no walk over the tree can overflow the stack on a hostile page), with a body
 * even when the page never opens one, and with a title that ends even when the page never closes it.
 */
const load = (html: string) =>
  capDomDepth(adoptTopLevelStrays(openImpliedBody(cheerio.load(closeRunawayTitle(html), PARSE_OPTIONS))));

/** HTML (already decoded, NFC) to an article without facts. Pure: same input, same output. */
export function cleanPage(html: string, url: string, profile: SiteProfile | undefined = profileFor(url)): CleanedPage {
  const $ = parseHtml(html);
  const metadata = readMetadata($, url, profile);
  return assemble(url, profile, metadata, mainContent($, html, url, profile));
}

/** The parse stage: one DOM per page (a second only when a profile finds nothing), depth-capped. */
export function parseHtml(html: string): cheerio.CheerioAPI {
  return load(html);
}

/** The cleaning stage, after metadata was read: a profile's extraction removes nodes from `$`. */
export function mainContent($: cheerio.CheerioAPI, html: string, url: string, profile: SiteProfile | undefined): MainContent {
  if (!profile) return extractGeneric($, url);
  // When a profile finds nothing, the generic path needs the page as it was.
  return extractWithProfile($, profile) ?? extractGeneric(load(html), url);
}

const creditKey = (t: string): string => t.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The lines that only name the article's authors or its site: bylines and mastheads at the edges of a body. */
function creditLines(metadata: PageMetadata): Set<string> {
  const names = [...metadata.authors, ...(metadata.siteName ? [metadata.siteName] : [])]
    .map(creditKey)
    .filter((k) => k.length >= 3);
  return new Set(names.flatMap((n) => [n, `by ${n}`, `oleh ${n}`]));
}

function assemble(url: string, profile: SiteProfile | undefined, metadata: PageMetadata, main: MainContent): CleanedPage {
  const title = (headlineOf(main.title, metadata.title) ?? '').trim();
  const isArticle = main.reason === undefined && main.blocks.length > 0;
  const pieces: Array<{ text: string; kind: ParagraphKind }> = [];
  if (isArticle) {
    if (title) pieces.push({ text: title, kind: 'title' });
    if (main.lead && main.lead !== title) pieces.push({ text: main.lead, kind: 'lead' });
    const credits = creditLines(metadata);
    // The headline opens the text already: a body block repeating it (a share box, a print header) is dropped.
    main.blocks.forEach((b, i) => {
      const prev = pieces[pieces.length - 1];
      const edge = i < 3 || i >= main.blocks.length - 3;
      const closing = i >= main.blocks.length - 3;
      if (edge && (credits.has(creditKey(b.text)) || (closing && isAuthorBio(b.text, metadata.authors)))) return;
      if (b.text && b.text !== prev?.text && b.text !== title) pieces.push(b);
    });
  }
  const text = pieces.map((p) => p.text).join('\n\n');
  const lang: DetectedLang = pageLanguage(text, metadata.htmlLang);
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const p of pieces) {
    const pLang = paragraphLanguage(p.text, lang, metadata.htmlLang);
    paragraphs.push({ text: p.text, kind: p.kind, lang: pLang, start: offset, end: offset + p.text.length });
    offset += p.text.length + 2;
  }
  return {
    url,
    canonicalUrl: metadata.canonicalUrl,
    site: siteOf(url, metadata.canonicalUrl, profile),
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
    ...(profile ? { utcOffset: profile.utcOffset } : {}),
  };
}

/**
 * The profile id, else the host of the page URL or (for a file replayed without a sidecar) of its
 * canonical link: never a file name.
 */
function siteOf(url: string, canonicalUrl: string | null, profile: SiteProfile | undefined): string {
  if (profile) return profile.name;
  const canonicalProfile = canonicalUrl ? profileFor(canonicalUrl) : undefined;
  return canonicalProfile?.name ?? webHost(url) ?? webHost(canonicalUrl) ?? 'unknown';
}

/** The host of an http(s) URL without "www."; a file path or another scheme names no site. */
function webHost(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase().replace(/^www\./, '') || undefined : undefined;
  } catch {
    return undefined;
  }
}
