import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnrecoverableError } from 'bullmq';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NewsfactsError } from '../../src/core/index.js';
import { parseFeedDocument } from '../../src/crawlers/discover.js';
import { readPage } from '../../src/crawlers/read-page.js';
import { fetchSnapshot, type FetchOptions } from '../../src/crawlers/fetch-snapshot.js';
import { LocalHostLimiter } from '../../src/crawlers/host-limiter.js';
import { RobotsCache } from '../../src/crawlers/robots.js';
import { canonicalizeUrl, contentHash, MemorySeenStore } from '../../src/crawlers/seen-store.js';
import { toFeedRecords } from '../../src/facts/feed-record.js';
import { snapshotToArticle } from '../../src/pipeline/snapshot-to-article.js';
import { backoffDelay } from '../../src/queue/backoff.js';
import { hashTaggedPrefix } from '../../src/queue/config.js';
import { articleJobId } from '../../src/queue/names.js';
import { processArticle, type ArticleDeps } from '../../src/queue/processors/article.js';
import { processDiscover, type DiscoverDeps } from '../../src/queue/processors/discover.js';
import { processExport } from '../../src/queue/processors/export.js';
import { parseEvery, ScheduleSpec } from '../../src/queue/schedules.js';
import { toBullError } from '../../src/queue/workers.js';
import { MemoryFeedStore } from './support/memory-feed-store.js';
import { articleHtml, articlePath, PageServer } from './support/page-server.js';
import { PROFILES } from '../../src/sites/index.js';
const vovworld = PROFILES.find((p) => p.name === 'vovworld')!;

const server = new PageServer(5);
let base = '';
const fetchOpts: FetchOptions = { userAgent: 'newsfacts-test/0', timeoutMs: 5000, policy: { allowLoopback: true } };

beforeAll(async () => {
  base = await server.start();
});
afterAll(async () => {
  await server.stop();
});

function articleDeps(over: Partial<ArticleDeps> = {}): ArticleDeps & { feed: MemoryFeedStore; seen: MemorySeenStore } {
  const robots = new RobotsCache(fetchOpts);
  return {
    fetch: async (url) => (await fetchSnapshot(url, fetchOpts)).snapshot,
    isAllowed: (url) => robots.isAllowed(url),
    limiter: new LocalHostLimiter({ concurrency: 2, delayMs: 0 }),
    seen: new MemorySeenStore(),
    feed: new MemoryFeedStore(),
    toRecords: (a, provenance) => toFeedRecords(a, undefined, provenance),
    canonicalize: canonicalizeUrl,
    contentHash,
    readPage: (snapshot) => readPage(snapshot),
    ...over,
  } as ArticleDeps & { feed: MemoryFeedStore; seen: MemorySeenStore };
}

function expectedIds(n: number, url: string): string[] {
  const { article } = snapshotToArticle({ url, fetchedAt: new Date().toISOString(), headers: {}, body: new TextEncoder().encode(articleHtml(n)) });
  return toFeedRecords(article).map((r) => r.id).sort();
}

describe('article processor (no Redis)', () => {
  beforeEach(() => {
    server.log.length = 0;
  });

  it('writes the same fact ids as a replay of the same bytes, and nothing twice when run again', async () => {
    const deps = articleDeps();
    const url = `${base}${articlePath(1)}`;
    const first = await processArticle({ url }, deps);
    expect(first.outcome).toBe('written');
    expect(first.added).toBeGreaterThan(0);
    const ids = deps.feed.records.map((r) => r.id).sort();
    expect(ids).toEqual(expectedIds(1, url));

    const again = await processArticle({ url }, deps);
    expect(again.outcome).toBe('seen-url');
    expect(deps.feed.records.map((r) => r.id).sort()).toEqual(ids);
  });

  it('a job that died after storing facts but before marking the URL seen re-runs without duplicates', async () => {
    const seen = new MemorySeenStore();
    let crash = true;
    const flaky = Object.assign(Object.create(seen) as MemorySeenStore, {
      add: async (u: string, h: string) => {
        if (crash) {
          crash = false;
          throw new Error('worker died here');
        }
        return seen.add(u, h);
      },
      has: (u: string) => seen.has(u),
      hasContent: (h: string) => seen.hasContent(h),
    });
    const deps = articleDeps({ seen: flaky });
    const url = `${base}${articlePath(2)}`;
    await expect(processArticle({ url }, deps)).rejects.toThrow('worker died here');
    const afterCrash = deps.feed.records.length;
    expect(afterCrash).toBeGreaterThan(0);
    const rerun = await processArticle({ url }, deps);
    expect(rerun).toMatchObject({ outcome: 'written', added: 0, duplicates: afterCrash });
    expect(deps.feed.records).toHaveLength(afterCrash);
  });

  it('the same content under another URL is not written again', async () => {
    const deps = articleDeps();
    await processArticle({ url: `${base}${articlePath(3)}` }, deps);
    const n = deps.feed.records.length;
    const r = await processArticle({ url: `${base}${articlePath(3)}?utm_source=x&page=1` }, deps);
    expect(r.outcome).toBe('seen-content');
    expect(deps.feed.records).toHaveLength(n);
  });

  it('permanent errors are not retryable: 404, not an article, robots; 500 is', async () => {
    const deps = articleDeps();
    const e404 = await processArticle({ url: `${base}/news/missing.html` }, deps).catch((e: unknown) => e);
    expect(e404).toBeInstanceOf(NewsfactsError);
    expect((e404 as NewsfactsError).retryable).toBe(false);
    expect(toBullError(e404)).toBeInstanceOf(UnrecoverableError);

    const notArticle = await processArticle({ url: `${base}/about` }, deps).catch((e: unknown) => e);
    expect((notArticle as NewsfactsError).code).toBe('not-article');
    expect((notArticle as NewsfactsError).retryable).toBe(false);

    server.failFirst(articlePath(4), 1, 500);
    const e500 = await processArticle({ url: `${base}${articlePath(4)}` }, deps).catch((e: unknown) => e);
    expect((e500 as NewsfactsError).retryable).toBe(true);
    expect(toBullError(e500)).toBe(e500);

    const robotsDeps = articleDeps({ isAllowed: async () => false });
    const robots = await processArticle({ url: `${base}${articlePath(4)}` }, robotsDeps).catch((e: unknown) => e);
    expect((robots as NewsfactsError).code).toBe('robots');
    expect(toBullError(robots)).toBeInstanceOf(UnrecoverableError);

    const bad = await processArticle({ nope: 1 }, deps).catch((e: unknown) => e);
    expect((bad as NewsfactsError).code).toBe('payload');
    expect(toBullError(bad)).toBeInstanceOf(UnrecoverableError);
  });
});

describe('discover processor (no Redis)', () => {
  function discoverDeps(seen = new MemorySeenStore()): DiscoverDeps & { enqueued: string[]; stored: string[] } {
    const enqueued: string[] = [];
    const stored: string[] = [];
    return {
      enqueued,
      stored,
      edition: (id) => (id === 'vovworld-en' ? { edition: vovworld.editions.find((e) => e.id === id)!, profile: vovworld } : undefined),
      fetch: async (url) => (await fetchSnapshot(url, { ...fetchOpts, accept: 'any' })).snapshot,
      isAllowed: async () => true,
      limiter: new LocalHostLimiter({ concurrency: 1, delayMs: 0 }),
      seen,
      canonicalize: canonicalizeUrl,
      readPage,
      parseFeed: parseFeedDocument,
      storeArticle: async (url) => {
        stored.push(url);
      },
      enqueueArticles: async (jobs) => {
        enqueued.push(...jobs.map((j) => j.url));
        return jobs.length;
      },
    };
  }

  it('enqueues every article of a listing not yet seen', async () => {
    const seen = new MemorySeenStore();
    await seen.add(canonicalizeUrl(`${base}${articlePath(0)}`), 'h0');
    const deps = discoverDeps(seen);
    const r = await processDiscover({ site: 'vovworld-en', startUrls: [`${base}/list`] }, deps);
    expect(r).toMatchObject({ pages: 1, found: 5, enqueued: 4, errors: [] });
    expect(deps.enqueued.sort()).toEqual([1, 2, 3, 4].map((n) => `${base}${articlePath(n)}`).sort());
  });

  it('fails (retryably) only when no page could be read', async () => {
    server.failFirst('/list', 1, 503);
    const err = await processDiscover({ site: 'vovworld-en', startUrls: [`${base}/list`] }, discoverDeps()).catch((e: unknown) => e);
    expect((err as NewsfactsError).retryable).toBe(true);
    const unknown = await processDiscover({ site: 'nope' }, discoverDeps()).catch((e: unknown) => e);
    expect((unknown as NewsfactsError).retryable).toBe(false);
  });
});

describe('export processor (no Redis)', () => {
  it('writes the feed after a cursor as JSONL and returns the next cursor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nf-export-'));
    try {
      const deps = articleDeps();
      await processArticle({ url: `${base}${articlePath(1)}` }, deps);
      const all = await processExport({ out: 'all.jsonl' }, { feed: deps.feed, dataDir: dir });
      expect(all.records).toBe(deps.feed.records.length);
      const lines = readFileSync(join(dir, 'all.jsonl'), 'utf8').trim().split('\n');
      expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(deps.feed.records.map((r) => r.id));
      const rest = await processExport({ out: 'rest.jsonl', since: all.cursor }, { feed: deps.feed, dataDir: dir });
      expect(rest.records).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('queue helpers', () => {
  it('job ids have no ":" and are one per canonical URL', () => {
    const id = articleJobId(canonicalizeUrl('https://vovworld.vn/en-US/news/x-123456.vov#top'));
    expect(id).toMatch(/^article-[0-9a-f]{40}$/);
    expect(articleJobId(canonicalizeUrl('https://VOVWORLD.vn/en-US/news/x-123456.vov'))).toBe(id);
  });

  it('prefixes are hash-tagged for Redis Cluster', () => {
    expect(hashTaggedPrefix('newsfacts')).toBe('{newsfacts}');
    expect(hashTaggedPrefix('{prod}')).toBe('{prod}');
    expect(() => hashTaggedPrefix('a:b')).toThrow(/cannot contain/);
  });

  it('backoff doubles per attempt and never undercuts Retry-After', () => {
    const noJitter = () => 1;
    expect([1, 2, 3].map((a) => backoffDelay(a, 1000, undefined, noJitter))).toEqual([1000, 2000, 4000]);
    expect(backoffDelay(1, 1000, Object.assign(new Error('429'), { retryAfterMs: 60_000 }), noJitter)).toBe(60_000);
  });

  it('schedules take exactly one of every and cron, and a real time zone', () => {
    expect(parseEvery('30m')).toBe(1_800_000);
    expect(() => parseEvery('5')).toThrow();
    const job = { site: 'vovworld-vi' };
    expect(ScheduleSpec.safeParse({ id: 'a', job, cron: '0 */2 * * *', tz: 'Asia/Ho_Chi_Minh' }).success).toBe(true);
    expect(ScheduleSpec.safeParse({ id: 'a', job, cron: '0 * * * *', every: 60_000 }).success).toBe(false);
    expect(ScheduleSpec.safeParse({ id: 'a', job, cron: '0 * * * *', tz: 'Mars/Olympus' }).success).toBe(false);
    expect(ScheduleSpec.safeParse({ id: 'a:b', job, every: 60_000 }).success).toBe(false);
  });
});
