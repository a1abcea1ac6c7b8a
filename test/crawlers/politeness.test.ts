import { afterEach, describe, expect, it } from 'vitest';
import { runCrawl } from '../../src/crawlers/crawl.js';
import type { CrawlOptionsInput } from '../../src/crawlers/crawl-options.js';
import { LocalHostLimiter, type HostLimiter } from '../../src/crawlers/host-limiter.js';
import { MemorySeenStore } from '../../src/crawlers/seen-store.js';
import { startMirror, type Mirror } from '../support/mirror/mirror-server.js';

let mirror: Mirror | undefined;
afterEach(async () => {
  await mirror?.close();
  mirror = undefined;
});

/** A LocalHostLimiter that records what the crawl asked of it. */
function spyLimiter(): HostLimiter & { acquired: string[]; paused: Array<[string, number]>; maxInFlight: number } {
  const inner = new LocalHostLimiter({ concurrency: 2, delayMs: 5 });
  let inFlight = 0;
  const spy = {
    acquired: [] as string[],
    paused: [] as Array<[string, number]>,
    maxInFlight: 0,
    async acquire(host: string) {
      const release = await inner.acquire(host);
      spy.acquired.push(host);
      inFlight++;
      spy.maxInFlight = Math.max(spy.maxInFlight, inFlight);
      let done = false;
      return () => {
        if (!done) inFlight--;
        done = true;
        release();
      };
    },
    pause(host: string, ms: number) {
      spy.paused.push([host, ms]);
      inner.pause(host, ms);
    },
  };
  return spy;
}

const base = (m: Mirror, over: Partial<CrawlOptionsInput> = {}): CrawlOptionsInput => ({
  site: 'vovworld-id',
  baseUrl: m.baseUrl,
  allowLoopback: true,
  // Generous: the machine running the tests may be busy; only the slow page should time out.
  timeoutMs: 2000,
  maxRetries: 2,
  backoffMs: 20,
  ...over,
});
const faultPath = (m: Mirror, kind: string) => m.site.articles.find((a) => a.path.includes(`/${kind}-`))!.path;

describe('politeness', { timeout: 120_000 }, () => {
  it('every request, robots.txt included, goes through the host limiter, which holds for an IP host; Retry-After pauses the host', async () => {
    mirror = await startMirror({ slowMs: 10_000, retryAfterSecs: 1 });
    const limiter = spyLimiter();
    const summary = await runCrawl(base(mirror), { seen: new MemorySeenStore(), limiter });
    const host = new URL(mirror.baseUrl).host;
    // Requests minus redirect hops (the loop page asks twice per fetch) = one acquire each.
    expect(limiter.acquired.length).toBeGreaterThanOrEqual(mirror.requests.length - 2);
    expect(new Set(limiter.acquired)).toEqual(new Set([host]));
    expect(limiter.maxInFlight).toBeLessThanOrEqual(2);
    expect(mirror.maxInFlight).toBeLessThanOrEqual(2);
    expect(limiter.paused).toEqual([[host, 1000]]);
    expect(summary.failed.map((f) => f.url)).not.toContain(mirror.baseUrl + faultPath(mirror, 'retry-after'));
  });

  it('gives up on a page whose Retry-After is longer than maxRetryAfterMs instead of stalling', async () => {
    mirror = await startMirror({ slowMs: 10_000, retryAfterSecs: 600 });
    const path = faultPath(mirror, 'retry-after');
    const summary = await runCrawl(base(mirror, { maxRetryAfterMs: 500, delayMs: 0, hostConcurrency: 4 }), { seen: new MemorySeenStore() });
    expect(mirror.hits(path)).toBe(1);
    expect(summary.failed.find((f) => f.url === mirror!.baseUrl + path)?.reason).toMatch(/HTTP 429 \(Retry-After 600 s\)/);
  });

  it('stops at --max-pages and does not follow listings beyond --max-depth', async () => {
    mirror = await startMirror();
    const capped = await runCrawl(base(mirror, { site: 'vovworld-vi', maxPages: 3, delayMs: 0 }), { seen: new MemorySeenStore() });
    expect(capped.fetched).toBe(3);
    expect(mirror.requests.filter((r) => r.url !== '/robots.txt').length).toBe(3);

    await mirror.close();
    mirror = await startMirror();
    const shallow = await runCrawl(base(mirror, { site: 'vovworld-vi', maxDepth: 0, delayMs: 0 }), { seen: new MemorySeenStore() });
    expect(shallow.skipped.depth).toBeGreaterThan(0);
    // Depth 0: the start pages and their pagination, never a section found on them.
    const listingRequests = mirror.requests.filter((r) => !/\d{4,}\.vov5?$/.test(r.url) && r.url !== '/robots.txt').map((r) => r.url.split('?')[0]);
    const starts = new Set(['vi-VN.vov', 'vi-VN/thoi-su.vov', 'vi-VN/binh-luan.vov', 'vi-VN/xa-hoi.vov'].map((p) => `/vovworld.vn/${p}`));
    expect(listingRequests.every((p) => starts.has(p!))).toBe(true);
  });
});
