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
  enqueueArticles(jobs: FoundArticle[]): Promise<number>;
}

/** An article link to enqueue: its site edition (or start URL) and the discover job that found it. */
interface FoundArticle {
  url: string;
  site: string;
  from: string;
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
  const run = new DiscoverRun(deps, found?.profile, !found);
  let frontier = job.startUrls ?? found!.edition.startUrls;
  const feeds = found && !job.startUrls ? [...found.edition.feeds, ...found.edition.sitemaps] : [];
  if (!found) {
    for (const start of frontier) {
      feeds.push(...((await deps.sitemaps?.(start)) ?? []));
      feeds.push(new URL('/sitemap.xml', start).href);
    }
  }
  for (let level = 0; level <= job.depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const url of frontier) await run.readListing(url, { level, last: level === job.depth, next, feeds });
    frontier = next;
  }
  // Feeds and sitemaps; a sitemap index adds its children, up to a bound.
  for (let i = 0; i < feeds.length && i < MAX_FEEDS; i++) await run.readFeed(feeds[i]!, feeds);

  if (run.pages === 0 && run.failedRetryable) {
    const why = `no page could be read: ${run.errors.join('; ')}`;
    throw new NewsfactsError('discover', job.site, why, { retryable: true });
  }
  const fresh = await run.freshArticles(found?.edition.id ?? job.site, job.site);
  const enqueued = await deps.enqueueArticles(fresh.jobs);
  return { site: job.site, pages: run.pages, found: fresh.found, stored: run.stored, enqueued, errors: run.errors };
}

/** What one discover job has read so far: pages, article links, errors. */
class DiscoverRun {
  readonly errors: string[] = [];
  failedRetryable = false;
  pages = 0;
  stored = 0;
  private readonly visited = new Set<string>();
  /** Pages read here (stored, or read as listings): not enqueued again. A page that failed here is. */
  private readonly read = new Set<string>();
  private readonly articles = new Set<string>();

  constructor(
    private readonly deps: DiscoverDeps,
    private readonly profile: CrawlEdition['profile'] | undefined,
    private readonly generic: boolean,
  ) {}

  /** A start page or listing: stored when it is an article, else its links feed the next level. */
  async readListing(url: string, at: { level: number; last: boolean; next: string[]; feeds: string[] }): Promise<void> {
    const { deps } = this;
    const key = deps.canonicalize(url);
    if (this.visited.has(key) || (at.level > 0 && (await deps.seen.has(key)))) return;
    this.visited.add(key);
    const snap = await this.get(url);
    if (!snap) return;
    this.read.add(key);
    const type = snap.headers?.['content-type'] ?? '';
    if (FEED_TYPES.test(type) && !/html/i.test(type)) {
      for (const u of deps.parseFeed(bodyText(snap), url).pages) this.articles.add(u);
      return;
    }
    // A page on another host (an archive) gets the generic link rules, not the site's URL patterns.
    const host = new URL(url).hostname;
    const onSite = !!this.profile && this.profile.hosts.some((h) => host === h || host.endsWith(`.${h}`));
    const page = deps.readPage(snap, { generic: !onSite });
    if (page.isArticle) {
      await deps.storeArticle(url, page.article, snap.warcRecordId);
      this.stored++;
      return;
    }
    for (const u of page.links.articles) this.articles.add(u);
    const more = [...page.links.listings, ...(onSite ? [] : page.links.others)];
    // At the last level, a link without a profile may still be an article: it becomes an article job.
    if (!at.last) at.next.push(...more);
    else if (!onSite) for (const u of more) this.articles.add(u);
    if (this.generic && at.level === 0) at.feeds.push(...page.links.feeds);
  }

  async readFeed(url: string, queue: string[]): Promise<void> {
    const snap = await this.get(url);
    if (!snap) return;
    const doc = this.deps.parseFeed(bodyText(snap), url);
    for (const u of doc.pages) this.articles.add(u);
    for (const u of doc.sitemaps) if (!queue.includes(u)) queue.push(u);
  }

  /** The article links found, one per canonical URL, and those of them not read here nor seen before. */
  async freshArticles(site: string, from: string): Promise<{ found: number; jobs: FoundArticle[] }> {
    const jobs: FoundArticle[] = [];
    const byCanonical = new Set<string>();
    for (const url of this.articles) {
      const canonical = this.deps.canonicalize(url);
      if (byCanonical.has(canonical) || this.read.has(canonical)) continue;
      byCanonical.add(canonical);
      if (!(await this.deps.seen.has(canonical))) jobs.push({ url, site, from });
    }
    return { found: byCanonical.size, jobs };
  }

  private async get(url: string): Promise<FetchedSnapshot | undefined> {
    const { deps } = this;
    const fetchUrl = toFetchUrl(deps, url);
    try {
      deps.checkUrl?.(fetchUrl);
    } catch (err) {
      this.errors.push(errorMessage(err));
      return undefined;
    }
    if (!(await deps.isAllowed(fetchUrl))) {
      this.errors.push(`${fetchUrl}: disallowed by robots.txt`);
      return undefined;
    }
    const release = await deps.limiter.acquire(new URL(fetchUrl).host);
    try {
      const snap = await deps.fetch(fetchUrl);
      this.pages++;
      // Read under the URL the site knows (a mirror stands in for it), so the profile applies.
      return fetchUrl === url ? snap : { ...snap, url, finalUrl: undefined };
    } catch (err) {
      this.errors.push(errorMessage(err));
      this.failedRetryable ||= isRetryable(err);
      return undefined;
    } finally {
      release();
    }
  }
}
