import type { SiteProfile } from '../../sites/profile.js';
import { langFromHtmlAttribute } from '../language.js';
import type { CheerioAPI, PageMetadata } from '../types.js';

/** Reads title, dates, authors, section and canonical URL. Must not modify the document. */
export function readMetadata($: CheerioAPI, url: string, _profile: SiteProfile | undefined): PageMetadata {
  const meta = (name: string) =>
    $(`meta[property="${name}"], meta[name="${name}"]`).first().attr('content')?.trim() || null;
  const canonical = $('link[rel="canonical"]').attr('href') ?? meta('og:url');
  return {
    title: meta('og:title') ?? ($('title').first().text().trim() || null),
    canonicalUrl: canonical ? new URL(canonical, url).href : null,
    publishedAt: meta('article:published_time'),
    modifiedAt: meta('article:modified_time'),
    authors: [],
    section: meta('article:section'),
    htmlLang: langFromHtmlAttribute($('html').attr('lang')),
    siteName: meta('og:site_name'),
  };
}
