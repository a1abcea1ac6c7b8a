import type { Article } from '../../core/index.js';
import { errorMessage, NewsfactsError } from '../../core/index.js';
import { snapshotToArticle } from '../../pipeline/snapshot-to-article.js';
import { ArticleJob } from '../payloads.js';
import type { FeedRecord } from '../../facts/feed-record.js';
import type { FeedStore, FetchPage, HostLimiter, SeenStore } from '../ports.js';
import { parsePayload } from './parse-payload.js';

export interface ArticleDeps {
  fetch: FetchPage;
  /** Throws a non-retryable error for a URL jobs may not fetch (host not allowed, scheme, loopback port). */
  checkUrl?(url: string): void;
  /** A Retry-After longer than this fails the job at once and pauses nothing (default: no cap). */
  maxRetryAfterMs?: number;
  isAllowed(url: string): Promise<boolean>;
  limiter: HostLimiter;
  /** With `claimContent` (the Redis store), content dedupe is atomic across workers. */
  seen: SeenStore & { claimContent?(hash: string, canonicalUrl: string): Promise<boolean> };
  feed: FeedStore;
  toRecords(article: Article): FeedRecord[];
  canonicalize(url: string): string;
  contentHash(text: string): string;
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
 * One article job. Safe to run twice: facts get ids from the URL and span, the feed ignores ids it has,
 * and the URL is marked seen only after the facts are stored, so a crash in between repeats the work
 * without duplicating it.
 */
export async function processArticle(data: unknown, deps: ArticleDeps): Promise<ArticleResult> {
  const job = parsePayload(ArticleJob, data, 'article job');
  const canonicalUrl = deps.canonicalize(job.url);
  deps.checkUrl?.(job.url);
  const none = { facts: 0, added: 0, duplicates: 0 };
  if (await deps.seen.has(canonicalUrl)) return { url: job.url, canonicalUrl, outcome: 'seen-url', ...none };
  if (!(await deps.isAllowed(job.url))) {
    throw new NewsfactsError('robots', job.url, 'disallowed by robots.txt');
  }
  const host = new URL(job.url).host;
  const release = await deps.limiter.acquire(host);
  let snapshot;
  try {
    snapshot = await deps.fetch(job.url);
  } catch (err) {
    const wait = (err as { retryAfterMs?: unknown }).retryAfterMs;
    if (typeof wait === 'number' && deps.maxRetryAfterMs !== undefined && wait > deps.maxRetryAfterMs) {
      const why = `${errorMessage(err).replace(`${job.url}: `, '')}: over the ${Math.round(deps.maxRetryAfterMs / 1000)} s cap, the page fails now`;
      throw new NewsfactsError('retry-after', job.url, why, { cause: err });
    }
    if (typeof wait === 'number') deps.limiter.pause?.(host, wait);
    throw err;
  } finally {
    release();
  }
  const { article } = snapshotToArticle(snapshot);
  if (article.reason !== undefined || article.text.length === 0) {
    throw new NewsfactsError('not-article', job.url, `not an article: ${article.reason ?? 'no text'}`);
  }
  const hash = deps.contentHash(article.text);
  const ours = deps.seen.claimContent ? await deps.seen.claimContent(hash, canonicalUrl) : !(await deps.seen.hasContent(hash));
  if (!ours) {
    await deps.seen.add(canonicalUrl, hash);
    return { url: job.url, canonicalUrl, outcome: 'seen-content', ...none };
  }
  const records = deps.toRecords(article);
  const { added, duplicates } = await deps.feed.append(records);
  await deps.seen.add(canonicalUrl, hash);
  return { url: job.url, canonicalUrl, outcome: 'written', facts: article.facts.length, added, duplicates };
}
