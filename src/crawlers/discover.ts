import * as cheerio from 'cheerio';
import type { SiteProfile } from '../sites/profile.js';

export interface DiscoveredLinks {
  /** Links whose URL looks like an article's (an ordering hint: the page itself decides once fetched). */
  articles: string[];
  listings: string[];
  /** Without a profile: other links within the host that are neither assets nor service pages. */
  others: string[];
  /** RSS/Atom feeds the page announces with <link rel="alternate">. */
  feeds: string[];
  /** What the page says about itself. */
  signals: PageSignals;
}

/** What a page's own markup says it is. */
export interface PageSignals {
  /** JSON-LD of type NewsArticle, Article, ReportageNewsArticle (or another article type). */
  jsonLdArticle: boolean;
  /** `<meta property="og:type" content="article">`. */
  ogArticle: boolean;
  /** `article:published_time` (or its og: form). */
  publishedTime: boolean;
}

const LD_ARTICLE_TYPES = new Set([
  'newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle', 'blogposting',
]);

function ldTypes(v: unknown, out: string[]): void {
  if (Array.isArray(v)) for (const x of v) ldTypes(x, out);
  else if (v && typeof v === 'object') {
    const n = v as Record<string, unknown>;
    for (const t of [n['@type']].flat()) if (typeof t === 'string') out.push(t.toLowerCase());
    if (n['@graph'] !== undefined) ldTypes(n['@graph'], out);
    if (n.mainEntity !== undefined) ldTypes(n.mainEntity, out);
  }
}

function readSignals($: cheerio.CheerioAPI): PageSignals {
  const types: string[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      ldTypes(JSON.parse($(el).text()), types);
    } catch {
      // a script that is not JSON says nothing
    }
  });
  const meta = (name: string): string | undefined =>
    ($(`meta[property="${name}"]`).attr('content') ?? $(`meta[name="${name}"]`).attr('content'))?.trim().toLowerCase();
  return {
    jsonLdArticle: types.some((t) => LD_ARTICLE_TYPES.has(t)),
    ogArticle: meta('og:type') === 'article',
    publishedTime: !!(meta('article:published_time') ?? meta('og:article:published_time')),
  };
}

const ASSET = /\.(?:jpe?g|png|gif|webp|svg|ico|bmp|pdf|docx?|xlsx?|pptx?|zip|rar|gz|mp3|mp4|m4a|wav|avi|mov|webm|css|js|json|xml|rss|atom|woff2?|ttf|eot)$/i;
const NOT_CONTENT = /\/(?:login|logout|signin|sign-in|signup|register|search|tim-kiem|cari|share|print|ajax|api|cdn-cgi|wp-admin|wp-json)(?:[/.?]|$)/i;

function compile(patterns: readonly string[]): RegExp[] {
  return patterns.map((p) => new RegExp(p, 'u'));
}

const compiled = new WeakMap<SiteProfile, { article: RegExp[]; listing: RegExp[] }>();
function patternsOf(profile: SiteProfile): { article: RegExp[]; listing: RegExp[] } {
  let c = compiled.get(profile);
  if (!c) {
    c = { article: compile(profile.articleUrlPatterns), listing: compile(profile.listingUrlPatterns) };
    compiled.set(profile, c);
  }
  return c;
}

/** Resolves an href against the page; undefined for non-http(s) and unparsable links. Drops the fragment. */
function resolveLink(href: string, base: string): string | undefined {
  const h = href.trim();
  if (!h || h.startsWith('#') || /^(?:javascript|mailto|tel|data):/i.test(h)) return undefined;
  try {
    const u = new URL(h, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

export type LinkKind = 'article' | 'listing' | undefined;

/** What a URL is under the profile's patterns (or the generic heuristics within `pageHost` without one). */
export function classifyUrl(url: string, profile: SiteProfile | undefined, pageHost?: string): LinkKind {
  if (profile) {
    const p = patternsOf(profile);
    if (p.article.some((r) => r.test(url))) return 'article';
    if (p.listing.some((r) => r.test(url))) return 'listing';
    return undefined;
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const bare = (h: string): string => h.toLowerCase().replace(/^www\./, '');
  if (pageHost !== undefined && bare(u.host) !== bare(pageHost)) return undefined;
  const path = u.pathname;
  if (ASSET.test(path) || NOT_CONTENT.test(path)) return undefined;
  const segments = path.split('/').filter(Boolean);
  const last = (segments.at(-1) ?? '').replace(/\.(?:html?|php|aspx?|vov5?|vnp)$/i, '');
  const looksLikeArticle =
    /\/(?:19|20)\d\d\/\d\d?\//.test(path) ||
    /\d{5,}/.test(last) ||
    (last.split('-').length >= 4 && last.length >= 20);
  if (looksLikeArticle) return 'article';
  if (segments.length <= 2) return 'listing';
  return undefined;
}

/** Without a profile, a link within the host that is not an asset or a service page may be anything. */
function isCandidate(url: string, pageHost: string): boolean {
  const u = new URL(url);
  const bare = (h: string): string => h.toLowerCase().replace(/^www\./, '');
  return bare(u.host) === bare(pageHost) && !ASSET.test(u.pathname) && !NOT_CONTENT.test(u.pathname);
}

/**
 * Links of a page, in document order without duplicates, sorted by what their URL suggests: the profile's
 * URL patterns when the site has one (other links are left out), otherwise generic hints within the host
 * (dated, numbered or long-slug paths look like articles, short paths like listings, the rest is `others`).
 * Also what the page says about itself (JSON-LD type, og:type, article:published_time).
 */
export function discoverLinks(html: string, pageUrl: string, profile: SiteProfile | undefined): DiscoveredLinks {
  const $ = cheerio.load(html);
  const baseHref = $('base[href]').first().attr('href');
  const base = (baseHref && resolveLink(baseHref, pageUrl)) ?? pageUrl;
  const pageHost = new URL(pageUrl).host;
  const articles = new Set<string>();
  const listings = new Set<string>();
  const feeds = new Set<string>();
  const others = new Set<string>();
  const self = resolveLink(pageUrl, pageUrl);
  $('a[href]').each((_, el) => {
    const url = resolveLink($(el).attr('href') ?? '', base);
    if (!url || url === self) return;
    const kind = classifyUrl(url, profile, pageHost);
    if (kind === 'article') articles.add(url);
    else if (kind === 'listing') listings.add(url);
    else if (!profile && isCandidate(url, pageHost)) others.add(url);
  });
  $('link[rel~="alternate"][href]').each((_, el) => {
    const type = ($(el).attr('type') ?? '').toLowerCase();
    if (!/rss|atom/.test(type)) return;
    const url = resolveLink($(el).attr('href') ?? '', base);
    if (url) feeds.add(url);
  });
  for (const a of articles) listings.delete(a);
  for (const a of [...articles, ...listings]) others.delete(a);
  return { articles: [...articles], listings: [...listings], others: [...others], feeds: [...feeds], signals: readSignals($) };
}

export interface FeedDocument {
  kind: 'rss' | 'atom' | 'sitemap' | 'sitemapindex' | 'unknown';
  /** Page URLs: RSS items, Atom entries, sitemap <url><loc>. */
  pages: string[];
  /** Child sitemaps of a sitemap index. */
  sitemaps: string[];
}

/** Reads an RSS 2.0/1.0, Atom, sitemap or sitemap-index document. */
export function parseFeedDocument(xml: string, baseUrl: string): FeedDocument {
  const $ = cheerio.load(xml, { xml: true });
  const uniq = (xs: Array<string | undefined>): string[] => [...new Set(xs.filter((x): x is string => !!x))];
  const text = (el: Parameters<typeof $>[0]): string => $(el).text().trim();
  if ($('sitemapindex').length > 0) {
    return { kind: 'sitemapindex', pages: [], sitemaps: uniq($('sitemapindex > sitemap > loc').map((_, el) => resolveLink(text(el), baseUrl)).get()) };
  }
  if ($('urlset').length > 0) {
    return { kind: 'sitemap', pages: uniq($('urlset > url > loc').map((_, el) => resolveLink(text(el), baseUrl)).get()), sitemaps: [] };
  }
  if ($('feed').length > 0 && $('rss').length === 0) {
    const pages = $('entry')
      .map((_, entry) => {
        const links = $(entry).children('link');
        const alt = links.filter((_, l) => ($(l).attr('rel') ?? 'alternate') === 'alternate').first();
        const href = (alt.length ? alt : links.first()).attr('href');
        return href ? resolveLink(href, baseUrl) : undefined;
      })
      .get();
    return { kind: 'atom', pages: uniq(pages), sitemaps: [] };
  }
  if ($('rss').length > 0 || $('rdf\\:RDF, RDF').length > 0 || $('item').length > 0) {
    const pages = $('item')
      .map((_, item) => {
        const link = $(item).children('link').first();
        const href = text(link) || link.attr('href') || '';
        if (href) return resolveLink(href, baseUrl);
        const guid = $(item).children('guid').first();
        return guid.attr('isPermaLink') !== 'false' ? resolveLink(text(guid), baseUrl) : undefined;
      })
      .get();
    return { kind: 'rss', pages: uniq(pages), sitemaps: [] };
  }
  return { kind: 'unknown', pages: [], sitemaps: [] };
}

/** Every URL an RSS, Atom, sitemap or sitemap index lists (child sitemaps first). */
export function parseFeedOrSitemap(xml: string, baseUrl: string): string[] {
  const doc = parseFeedDocument(xml, baseUrl);
  return [...doc.sitemaps, ...doc.pages];
}
