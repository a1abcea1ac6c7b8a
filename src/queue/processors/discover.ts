import { errorMessage, isRetryable, NewsfactsError, type SnapshotInput } from '../../core/index.js';
import type { SiteEdition, SiteProfile } from '../../sites/profile.js';
import { DiscoverJob } from '../payloads.js';
import type { FetchPage, HostLimiter, SeenStore } from '../ports.js';
import { parsePayload } from './parse-payload.js';

export interface DiscoverDeps {
  edition(id: string): { edition: SiteEdition; profile: SiteProfile } | undefined;
  fetch: FetchPage;
  /** Throws a non-retryable error for a URL jobs may not fetch (host not allowed, scheme, loopback port). */
  checkUrl?(url: string): void;
  isAllowed(url: string): Promise<boolean>;
  limiter: HostLimiter;
  seen: SeenStore;
  canonicalize(url: string): string;
  discoverLinks(html: string, pageUrl: string, profile: SiteProfile | undefined): { articles: string[]; listings: string[]; feeds?: string[] };
  parseFeed(xml: string, baseUrl: string): { pages: string[]; sitemaps: string[] };
  /** Where a URL is really fetched: a local mirror standing in for the site (default: the URL itself). */
  toFetch?(url: string): string;
  /** Enqueues article jobs (one per canonical URL); returns how many were new. */
  enqueueArticles(jobs: { url: string; site: string; from: string }[]): Promise<number>;
}

export interface DiscoverResult {
  site: string;
  pages: number;
  found: number;
  enqueued: number;
  errors: string[];
}

const FEED_TYPES = /xml|rss|atom/i;
const MAX_FEEDS = 50;

function toFetchUrl(deps: DiscoverDeps, url: string): string {
  return deps.toFetch?.(url) ?? url;
}

function bodyText(snapshot: SnapshotInput): string {
  return new TextDecoder('utf-8').decode(snapshot.body);
}

/**
 * One discover job: reads an edition's listings (to `depth` listing links deep), feeds and sitemaps and
 * enqueues the article URLs not seen yet. Pages that fail are reported; the job fails (and is retried)
 * only when nothing could be read and a retry can help.
 */
export async function processDiscover(data: unknown, deps: DiscoverDeps): Promise<DiscoverResult> {
  const job = parsePayload(DiscoverJob, data, 'discover job');
  const found = deps.edition(job.site);
  if (!found) throw new NewsfactsError('site', job.site, 'no such site edition');
  const { edition, profile } = found;
  const feeds = job.startUrls ? [] : [...edition.feeds, ...edition.sitemaps];
  // A start URL from the job itself is checked before anything is fetched: a refused one fails the job at once.
  for (const url of job.startUrls ?? []) deps.checkUrl?.(toFetchUrl(deps, url));
  let frontier = job.startUrls ?? edition.startUrls;
  const visited = new Set<string>();
  const articles = new Set<string>();
  const errors: string[] = [];
  let failedRetryable = false;
  let pages = 0;

  const toFetch = (url: string): string => deps.toFetch?.(url) ?? url;

  async function get(url: string): Promise<SnapshotInput | undefined> {
    const fetchUrl = toFetch(url);
    try {
      deps.checkUrl?.(fetchUrl);
    } catch (err) {
      errors.push(errorMessage(err));
      return undefined;
    }
    if (!(await deps.isAllowed(fetchUrl))) {
      errors.push(`${fetchUrl}: disallowed by robots.txt`);
      return undefined;
    }
    const release = await deps.limiter.acquire(new URL(fetchUrl).host);
    try {
      const snap = await deps.fetch(fetchUrl);
      pages++;
      return snap;
    } catch (err) {
      errors.push(errorMessage(err));
      failedRetryable ||= isRetryable(err);
      return undefined;
    } finally {
      release();
    }
  }

  // Feeds and sitemaps; a sitemap index adds its children, up to a bound.
  const feedQueue = [...feeds];
  for (let i = 0; i < feedQueue.length && i < MAX_FEEDS; i++) {
    const feed = feedQueue[i]!;
    const snap = await get(feed);
    if (!snap) continue;
    const doc = deps.parseFeed(bodyText(snap), feed);
    for (const u of doc.pages) articles.add(u);
    for (const u of doc.sitemaps) if (!feedQueue.includes(u)) feedQueue.push(u);
  }
  for (let level = 0; level <= job.depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const url of frontier) {
      const key = deps.canonicalize(url);
      if (visited.has(key)) continue;
      visited.add(key);
      const snap = await get(url);
      if (!snap) continue;
      const text = bodyText(snap);
      const type = snap.headers?.['content-type'] ?? '';
      if (FEED_TYPES.test(type) && !/html/i.test(type)) {
        for (const u of deps.parseFeed(text, url).pages) articles.add(u);
        continue;
      }
      // Links are classified on the real URL (a mirror stands in for it), so redirects on a mirror are not followed here.
      const pageUrl = deps.toFetch ? url : (snap.finalUrl ?? url);
      // A page on another host (an archive) gets the generic link rules, not the site's URL patterns.
      const host = new URL(pageUrl).hostname;
      const onSite = profile.hosts.some((h) => host === h || host.endsWith(`.${h}`));
      const links = deps.discoverLinks(text, pageUrl, onSite ? profile : undefined);
      for (const u of links.articles) articles.add(u);
      next.push(...links.listings);
    }
    frontier = next;
  }

  if (pages === 0 && failedRetryable) {
    throw new NewsfactsError('discover', job.site, `no page could be read: ${errors.join('; ')}`, { retryable: true });
  }
  const fresh: { url: string; site: string; from: string }[] = [];
  const byCanonical = new Set<string>();
  for (const url of articles) {
    const canonical = deps.canonicalize(url);
    if (byCanonical.has(canonical)) continue;
    byCanonical.add(canonical);
    if (!(await deps.seen.has(deps.canonicalize(toFetch(url))))) fresh.push({ url: toFetch(url), site: edition.id, from: job.site });
  }
  const enqueued = await deps.enqueueArticles(fresh);
  return { site: job.site, pages, found: byCanonical.size, enqueued, errors };
}
