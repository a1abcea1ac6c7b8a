import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewsfactsError } from '../../src/core/index.js';
import { fetchSnapshot, type FetchOptions } from '../../src/crawlers/fetch-snapshot.js';
import { LocalHostLimiter } from '../../src/crawlers/host-limiter.js';
import { canonicalizeUrl, contentHash, MemorySeenStore } from '../../src/crawlers/seen-store.js';
import { toFeedRecords } from '../../src/facts/feed-record.js';
import { processArticle } from '../../src/queue/processors/article.js';
import { runCrawlCli, tempDir } from '../crawlers/helpers.js';
import { MemoryFeedStore } from '../queue/support/memory-feed-store.js';
import { ARTICLE_HTML, listingHtml, tinySite, type TinySite } from './support/site.js';
import { readPage } from '../../src/crawlers/read-page.js';

const FAR = 3600;

describe('Retry-After over the cap: the page fails at once and the host is not paused', { timeout: 60_000 }, () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let site: TinySite;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempDir());
    site = await tinySite((path, _req, res) => {
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(listingHtml(['/news/vaccine-shipment-1-100001.html', '/news/vaccine-shipment-2-100002.html', '/news/vaccine-shipment-3-100003.html']));
      }
      if (path.startsWith('/news/vaccine-shipment-1') || path.startsWith('/news/vaccine-shipment-2')) {
        res.writeHead(429, { 'retry-after': String(FAR), 'content-type': 'text/plain' });
        return res.end('slow down');
      }
      if (path.startsWith('/news/')) {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(ARTICLE_HTML);
      }
      res.writeHead(404).end();
    });
  });
  afterEach(async () => {
    await site.close();
    await cleanup();
  });

  it('crawl: the far page fails once, the other page of the host is fetched without waiting for the cap', async () => {
    const { summary } = await runCrawlCli(['--site', `${site.url}/`, '--allow-loopback', '--out', dir, '--delay-ms', '0', '--max-depth', '1', '--concurrency', '1']);
    expect(site.requests.filter((p) => p.includes('shipment-1'))).toHaveLength(1);
    expect(site.requests.filter((p) => p.includes('shipment-2'))).toHaveLength(1);
    expect(site.requests.filter((p) => p.includes('shipment-3'))).toHaveLength(1);
    expect(summary.failed.map((f) => f.reason).join()).toMatch(/Retry-After 3600 s/);
    expect(summary.newArticles).toBe(1);
    // The cap is 120 s: a paused host would not finish within the test timeout.
    expect(summary.durationMs).toBeLessThan(40_000);
  });

  it('queue: the article job fails at once (not retryable) and the host is not paused', async () => {
    const fetchOpts: FetchOptions = { userAgent: 'test', timeoutMs: 5000, policy: { allowLoopback: true } };
    const pauses: number[] = [];
    const limiter = new LocalHostLimiter({ concurrency: 1, delayMs: 0 });
    const err = await processArticle(
      { url: `${site.url}/news/vaccine-shipment-1-100001.html` },
      {
        fetch: async (url) => (await fetchSnapshot(url, fetchOpts)).snapshot,
        isAllowed: async () => true,
        limiter: { acquire: (h) => limiter.acquire(h), pause: (_h, ms) => void pauses.push(ms) },
        seen: new MemorySeenStore(),
        feed: new MemoryFeedStore(),
        toRecords: (a, provenance) => toFeedRecords(a, undefined, provenance),
        canonicalize: canonicalizeUrl,
        contentHash,
        maxRetryAfterMs: 120_000,
        readPage,
      },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NewsfactsError);
    expect((err as NewsfactsError).retryable).toBe(false);
    expect((err as Error).message).toMatch(/Retry-After 3600 s.*over the 120 s cap/);
    expect(pauses).toEqual([]);
  });
});
