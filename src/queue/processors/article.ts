import type { Article, SnapshotInput } from '../../core/index.js';
import { errorMessage, NewsfactsError } from '../../core/index.js';
import type { ReadPage } from '../../crawlers/read-page.js';
import { ArticleJob } from '../payloads.js';
import type { FeedRecord } from '../../facts/feed-record.js';
import type { FeedStore, FetchPage, HostLimiter, SeenStore } from '../ports.js';
import { parsePayload } from './parse-payload.js';

/** What storing an article needs: the seen store (content dedupe) and the feed. */
export interface StoreDeps {
  /** With `claimContent` (the Redis store), content dedupe is atomic across workers. */
  seen: SeenStore & { claimContent?(hash: string, canonicalUrl: string): Promise<boolean> };
  feed: FeedStore;
  toRecords(article: Article, provenance: { warcRecordId?: string | undefined }): FeedRecord[];
  canonicalize(url: string): string;
  contentHash(text: string): string;
}

export interface ArticleDeps extends StoreDeps {
  fetch: FetchPage;
  /** Throws a non-retryable error for a URL jobs may not fetch (host not allowed, scheme, loopback port). */
  checkUrl?(url: string): void;
  /** A Retry-After longer than this fails the job at once and pauses nothing (default: no cap). */
  maxRetryAfterMs?: number;
  isAllowed(url: string): Promise<boolean>;
  limiter: HostLimiter;
  /** The page through the pipeline: article, links, and whether the page is an article. */
  readPage(snapshot: SnapshotInput): ReadPage;
  /** Where a URL is really fetched: a local mirror standing in for the site (default: the URL itself). */
  toFetch?(url: string): string;
}

export interface ArticleResult {
  url: string;
  canonicalUrl: string;
  outcome: 'written' | 'seen-url' | 'seen-content';
  facts: number;
  added: number;
  duplicates: number;
}

/**
 * Stores one article page: its records go to the feed unless its text is already stored under another
 * URL; the URL is marked seen only after the facts are stored, so a crash in between repeats the work
 * without duplicating it (the feed ignores ids it has).
 */
export async function storeArticle(
  url: string,
  article: Article,
  deps: StoreDeps,
  warcRecordId?: string,
): Promise<ArticleResult> {
  const canonicalUrl = deps.canonicalize(url);
  const none = { facts: 0, added: 0, duplicates: 0 };
  const hash = deps.contentHash(article.text);
  const ours = deps.seen.claimContent
    ? await deps.seen.claimContent(hash, canonicalUrl)
    : !(await deps.seen.hasContent(hash));
  if (!ours) {
    await deps.seen.add(canonicalUrl, hash);
    return { url, canonicalUrl, outcome: 'seen-content', ...none };
  }
  const { added, duplicates } = await deps.feed.append(deps.toRecords(article, { warcRecordId }));
  await deps.seen.add(canonicalUrl, hash);
  return { url, canonicalUrl, outcome: 'written', facts: article.facts.length, added, duplicates };
}

/**
 * One article job: fetch, the pipeline, and the page's own verdict (a page that is not an article fails
 * the job, without retries). Safe to run twice: facts get ids from the URL and span.
 */
export async function processArticle(data: unknown, deps: ArticleDeps): Promise<ArticleResult> {
  const job = parsePayload(ArticleJob, data, 'article job');
  const canonicalUrl = deps.canonicalize(job.url);
  deps.checkUrl?.(job.url);
  if (await deps.seen.has(canonicalUrl))
    return { url: job.url, canonicalUrl, outcome: 'seen-url', facts: 0, added: 0, duplicates: 0 };
  const fetchUrl = deps.toFetch?.(job.url) ?? job.url;
  if (!(await deps.isAllowed(fetchUrl))) {
    throw new NewsfactsError('robots', fetchUrl, 'disallowed by robots.txt');
  }
  const host = new URL(fetchUrl).host;
  const release = await deps.limiter.acquire(host);
  let snapshot;
  try {
    snapshot = await deps.fetch(fetchUrl);
  } catch (err) {
    const wait = (err as { retryAfterMs?: unknown }).retryAfterMs;
    if (typeof wait === 'number' && deps.maxRetryAfterMs !== undefined && wait > deps.maxRetryAfterMs) {
      const why = `${errorMessage(err).replace(`${fetchUrl}: `, '')}: over the ${Math.round(deps.maxRetryAfterMs / 1000)} s cap, the page fails now`;
      throw new NewsfactsError('retry-after', job.url, why, { cause: err });
    }
    if (typeof wait === 'number') deps.limiter.pause?.(host, wait);
    throw err;
  } finally {
    release();
  }
  // Under a mirror the page is read under the URL the site knows, so its profile applies.
  const page = deps.readPage(fetchUrl === job.url ? snapshot : { ...snapshot, url: job.url, finalUrl: undefined });
  if (!page.isArticle) throw new NewsfactsError('not-article', job.url, `not an article: ${page.why}`);
  return storeArticle(job.url, page.article, deps, snapshot.warcRecordId);
}
