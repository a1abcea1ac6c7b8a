import type { Article, SnapshotInput } from '../core/index.js';
import { snapshotToArticle } from '../pipeline/snapshot-to-article.js';
import { profileFor } from '../sites/index.js';
import type { SiteProfile } from '../sites/profile.js';
import { classifyUrl, discoverLinks, type DiscoveredLinks, type PageSignals } from './discover.js';

/** Whether a fetched page is an article, and what said so. */
interface PageVerdict {
  isArticle: boolean;
  why: string;
}

/**
 * A page is an article when it has main text and its markup says so (JSON-LD NewsArticle/Article/
 * ReportageNewsArticle, og:type article, article:published_time), or it has main text and a date, or its
 * site profile's article URL pattern matches. The URL alone never makes a page without a profile an article.
 */
function judgePage(article: Article, signals: PageSignals, profileSaysArticle: boolean): PageVerdict {
  if (!article.text) return { isArticle: false, why: article.reason ?? 'no main text' };
  if (signals.jsonLdArticle) return { isArticle: true, why: 'JSON-LD article type' };
  if (signals.ogArticle) return { isArticle: true, why: 'og:type article' };
  if (signals.publishedTime) return { isArticle: true, why: 'article:published_time' };
  if (article.publishedAt) return { isArticle: true, why: 'main text and date' };
  if (profileSaysArticle) return { isArticle: true, why: 'profile article URL' };
  return { isArticle: false, why: 'main text without a date or article markup' };
}

export interface ReadPage extends PageVerdict {
  article: Article;
  /** Which path cleaned the page ("profile:vovworld", "generic"). */
  method: string;
  links: DiscoveredLinks;
}

/**
 * One fetched page through the pipeline (bytes → article with facts, and the decoded HTML), then its links
 * and its verdict. `generic` ignores the site's profile for the links (a crawl of a start URL without one).
 */
export function readPage(snapshot: SnapshotInput, opts: { generic?: boolean } = {}): ReadPage {
  const { article, method, html } = snapshotToArticle(snapshot);
  const pageUrl = snapshot.finalUrl ?? snapshot.url;
  const profile: SiteProfile | undefined = opts.generic ? undefined : profileFor(pageUrl);
  const links = discoverLinks(html, pageUrl, profile);
  const verdict = judgePage(article, links.signals, !!profile && classifyUrl(pageUrl, profile) === 'article');
  return { article, method, links, ...verdict };
}
