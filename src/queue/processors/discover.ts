import { errorMessage, isRetryable, NewsfactsError, type Article, type SnapshotInput } from '../../core/index.js';
import type { CrawlEdition } from '../../crawlers/crawl-plan.js';
import type { ReadPage } from '../../crawlers/read-page.js';
import { DiscoverJob } from '../payloads.js';
import type { FetchedSnapshot, FetchPage, HostLimiter, SeenStore } from '../ports.js';
import { parsePayload } from './parse-payload.js';

export interface DiscoverDeps {
  edition(id: string): CrawlEdition | undefined;
  fetch: FetchPage;
  /** Throws a non-retryable error for a URL jobs may not fetch (host not allowed, scheme, loopback port). */
  checkUrl?(url: string): void;
  isAllowed(url: string): Promise<boolean>;
  limiter: HostLimiter;
  seen: SeenStore;
  canonicalize(url: string): string;
  /** The page through the pipeline: article, links, and whether the page is an article. */
  readPage(snapshot: SnapshotInput, opts: { generic: boolean }): ReadPage;
  parseFeed(xml: string, baseUrl: string): { pages: string[]; sitemaps: string[] };
  /** Sitemaps robots.txt names for the URL's host. */
  sitemaps?(url: string): Promise<string[]>;
  /** An article page discover fetched itself: stored at once instead of being fetched again by a job. */
  storeArticle(url: string, article: Article, warcRecordId?: string): Promise<unknown>;
  /** Where a URL is really fetched: a local mirror standing in for the site (default: the URL itself). */
  toFetch?(url: string): string;
  /** Enqueues article jobs (one per canonical URL); returns how many were new. */
  enqueueArticles(jobs: { url: string; site: string; from: string }[]): Promise<number>;
}

export interface DiscoverResult {
  site: string;
  pages: number;
  found: number;
  /** Article pages discover fetched as possible listings and stored itself. */
  stored: number;
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
 * One discover job: reads a site's start pages (an edition's, or the start URL of a site without a
 * profile) to `depth` listing links deep, its feeds and sitemaps (an edition's; without a profile the RSS/
 * Atom links of the start pages, robots.txt's sitemaps and /sitemap.xml), and enqueues the article URLs not
 * seen yet. Each page is judged by what it is: a page fetched as a possible listing that turns out to be an
 * article is stored at once. Pages that fail are reported; the job fails (and is retried) only when nothing
 * could be read and a retry can help.
 */
export async function processDiscover(data: unknown, deps: DiscoverDeps): Promise<DiscoverResult> {
  const job = parsePayload(DiscoverJob, data, 'discover job');
  const found = deps.edition(job.site);
  if (!found && !job.startUrls)
    throw new NewsfactsError('site', job.site, 'no such site edition (give startUrls for a site without a profile)');
  // A start URL from the job itself is checked before anything is fetched: a refused one fails the job at once.
  for (const url of job.startUrls ?? []) deps.checkUrl?.(toFetchUrl(deps, url));
  const generic = !found;
  const profile = found?.profile;
  let frontier = job.startUrls ?? found!.edition.startUrls;
  const feeds = found && !job.startUrls ? [...found.edition.feeds, ...found.edition.sitemaps] : [];
  if (generic) {
    for (const start of frontier) {
      feeds.push(...((await deps.sitemaps?.(start)) ?? []));
      feeds.push(new URL('/sitemap.xml', start).href);
    }
  }
  const visited = new Set<string>();
  /** Pages read here (stored, or read as listings): not enqueued again. A page that failed here is. */
  const read = new Set<string>();
  const articles = new Set<string>();
  const errors: string[] = [];
  let failedRetryable = false;
  let pages = 0;
  let stored = 0;
  const toFetch = (url: string): string => toFetchUrl(deps, url);

  async function get(url: string): Promise<FetchedSnapshot | undefined> {
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
      // Read under the URL the site knows (a mirror stands in for it), so the profile applies.
      return fetchUrl === url ? snap : { ...snap, url, finalUrl: undefined };
    } catch (err) {
      errors.push(errorMessage(err));
      failedRetryable ||= isRetryable(err);
      return undefined;
    } finally {
      release();
    }
  }

  async function readFeed(url: string, queue: string[]): Promise<void> {
    const snap = await get(url);
    if (!snap) return;
    const doc = deps.parseFeed(bodyText(snap), url);
    for (const u of doc.pages) articles.add(u);
    for (const u of doc.sitemaps) if (!queue.includes(u)) queue.push(u);
  }

  for (let level = 0; level <= job.depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const url of frontier) {
      const key = deps.canonicalize(url);
      if (visited.has(key) || (level > 0 && (await deps.seen.has(deps.canonicalize(url))))) continue;
      visited.add(key);
      const snap = await get(url);
      if (!snap) continue;
      read.add(key);
      const type = snap.headers?.['content-type'] ?? '';
      if (FEED_TYPES.test(type) && !/html/i.test(type)) {
        for (const u of deps.parseFeed(bodyText(snap), url).pages) articles.add(u);
        continue;
      }
      // A page on another host (an archive) gets the generic link rules, not the site's URL patterns.
      const host = new URL(url).hostname;
      const onSite = !!profile && profile.hosts.some((h) => host === h || host.endsWith(`.${h}`));
      const page = deps.readPage(snap, { generic: !onSite });
      if (page.isArticle) {
        await deps.storeArticle(url, page.article, snap.warcRecordId);
        stored++;
        continue;
      }
      for (const u of page.links.articles) articles.add(u);
      const more = [...page.links.listings, ...(onSite ? [] : page.links.others)];
      // At the last level, a link without a profile may still be an article: it becomes an article job.
      if (level < job.depth) next.push(...more);
      else if (!onSite) for (const u of more) articles.add(u);
      if (generic && level === 0) feeds.push(...page.links.feeds);
    }
    frontier = next;
  }
  // Feeds and sitemaps; a sitemap index adds its children, up to a bound.
  for (let i = 0; i < feeds.length && i < MAX_FEEDS; i++) await readFeed(feeds[i]!, feeds);

  if (pages === 0 && failedRetryable) {
    throw new NewsfactsError('discover', job.site, `no page could be read: ${errors.join('; ')}`, { retryable: true });
  }
  const fresh: { url: string; site: string; from: string }[] = [];
  const byCanonical = new Set<string>();
  for (const url of articles) {
    const canonical = deps.canonicalize(url);
    if (byCanonical.has(canonical) || read.has(canonical)) continue;
    byCanonical.add(canonical);
    if (!(await deps.seen.has(canonical))) fresh.push({ url, site: found?.edition.id ?? job.site, from: job.site });
  }
  const enqueued = await deps.enqueueArticles(fresh);
  return { site: job.site, pages, found: byCanonical.size, stored, enqueued, errors };
}
