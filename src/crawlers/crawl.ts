import { setTimeout as sleep } from 'node:timers/promises';
import { BasicCrawler, Configuration, createBasicRouter, log as crawleeLog, LogLevel, type BasicCrawlingContext } from '@crawlee/cheerio';
import { errorMessage, isRetryable, NewsfactsError, type Article } from '../core/index.js';
import { decodeHtml } from '../content/decode.js';
import { snapshotToArticle } from '../pipeline/snapshot-to-article.js';
import { profileFor } from '../sites/index.js';
import { CrawlOptions, type CrawlOptionsInput } from './crawl-options.js';
import { planCrawl, type RequestLabel } from './crawl-plan.js';
import { classifyUrl, discoverLinks, parseFeedDocument } from './discover.js';
import { FetchError, fetchSnapshot, type FetchOptions, type FetchResult } from './fetch-snapshot.js';
import { LocalHostLimiter, type HostLimiter } from './host-limiter.js';
import { checkNetwork } from './network-check.js';
import { RobotsCache } from './robots.js';
import { canonicalizeUrl, contentHash, type SeenStore } from './seen-store.js';
import { checkFetchable, loopbackPortsOf, type UrlPolicy } from './url-policy.js';
import type { WarcWriter } from './warc-writer.js';

export interface CrawlSinks {
  seen: SeenStore;
  warc?: WarcWriter;
  /** A shared limiter (the queue's Redis one); by default an in-process one from the options. */
  limiter?: HostLimiter;
  /** Each new article, after its exchange is in the WARC and before its URL is marked seen. */
  onArticle?(article: Article, info: { method: string }): Promise<void>;
  /** Progress lines (the CLI sends them to stderr). */
  log?(line: string): void;
  /** crawlee's own log level; default OFF (our summary reports failures). */
  crawleeLogLevel?: LogLevel;
}

export interface CrawlSummary {
  targets: string[];
  /** Pages fetched with a 2xx response (listings, feeds, articles; robots.txt not counted). */
  fetched: number;
  byLabel: Record<RequestLabel, number>;
  newArticles: number;
  /** Articles whose text was already stored under another URL. */
  duplicates: number;
  facts: number;
  /** Links not queued: article already seen, robots.txt, outside the allowed hosts, listing beyond max depth or outside the edition. */
  skipped: { seen: number; robots: number; offsite: number; depth: number; scope: number };
  retries: number;
  failed: Array<{ url: string; reason: string }>;
  robotsSkipped: string[];
  /** Every URL a request was started for, in order (robots.txt included). */
  requested: string[];
  unresolvedHosts: string[];
  durationMs: number;
  pagesPerSecond: number;
}

interface UserData {
  depth: number;
  page?: number;
  notBefore?: number;
}

type CrawlContext = BasicCrawlingContext & { fetched: FetchResult };

/** `?trang=1` is the listing itself. */
function withoutFirstPage(url: string, param: string): string {
  const u = new URL(url);
  if (u.searchParams.get(param) !== '1') return url;
  u.searchParams.delete(param);
  return u.href;
}

/** The error's message without the URL it starts with (the report prints the URL already). */
function reasonOf(err: unknown): string {
  const msg = errorMessage(err);
  return err instanceof NewsfactsError && msg.startsWith(`${err.input}: `) ? msg.slice(err.input.length + 2) : msg;
}

/** Loopback, when allowed, only on the port of --base-url or of a --site URL. */
function crawlPolicy(opts: CrawlOptions, allowedHosts: string[]): UrlPolicy {
  return { allowedHosts, allowLoopback: opts.allowLoopback, loopbackPorts: loopbackPortsOf([opts.baseUrl ?? opts.site]) };
}

/**
 * What a crawl checks before it touches anything: the options, the site, the start URLs against the URL
 * policy (a mirror on 127.0.0.1 without allowLoopback), and DNS for the start hosts (no network: fail now).
 * Returns the hosts that did not resolve while others did.
 */
export async function preflightCrawl(input: CrawlOptionsInput): Promise<{ unresolvedHosts: string[] }> {
  const opts = CrawlOptions.parse(input);
  const plan = planCrawl(opts.site, opts.baseUrl);
  const policy = crawlPolicy(opts, plan.allowedHosts);
  for (const seed of plan.seeds) checkFetchable(seed.url, policy);
  return { unresolvedHosts: opts.skipNetworkCheck ? [] : await checkNetwork(plan.seeds.map((s) => s.url)) };
}

/**
 * One crawl: crawlee's BasicCrawler (its in-memory queue, retries, concurrency, router of labelled
 * handlers) around our own fetch (fetchSnapshot: the same polite fetch the queue workers use), with
 * robots.txt, the URL policy and the seen store applied before a URL is queued, and per-host limits
 * applied before each request.
 */
export async function runCrawl(input: CrawlOptionsInput, sinks: CrawlSinks): Promise<CrawlSummary> {
  const opts = CrawlOptions.parse(input);
  const plan = planCrawl(opts.site, opts.baseUrl);
  const log = sinks.log ?? (() => undefined);
  const started = performance.now();
  const summary: CrawlSummary = {
    targets: plan.targets,
    fetched: 0,
    byLabel: { listing: 0, article: 0, feed: 0 },
    newArticles: 0,
    duplicates: 0,
    facts: 0,
    skipped: { seen: 0, robots: 0, offsite: 0, depth: 0, scope: 0 },
    retries: 0,
    failed: [],
    robotsSkipped: [],
    requested: [],
    unresolvedHosts: [],
    durationMs: 0,
    pagesPerSecond: 0,
  };

  const policy = crawlPolicy(opts, plan.allowedHosts);
  summary.unresolvedHosts = (await preflightCrawl(opts)).unresolvedHosts;
  for (const h of summary.unresolvedHosts) log(`warning: cannot resolve ${h}; its pages will fail`);

  const fetchOpts: FetchOptions = { userAgent: opts.userAgent, timeoutMs: opts.timeoutMs, policy };
  const limiter =
    sinks.limiter ??
    new LocalHostLimiter({
      concurrency: opts.hostConcurrency,
      delayMs: opts.delayMs,
      delayFor: (host) => {
        const d = robotsCache.crawlDelayMs(host);
        return d === undefined ? undefined : Math.min(d, opts.maxCrawlDelayMs);
      },
    });
  const robotsCache: RobotsCache = new RobotsCache(fetchOpts, {
    limiter: {
      acquire: async (host) => {
        summary.requested.push(`robots.txt of ${host}`);
        return limiter.acquire(host);
      },
    },
    onExchange: async (x) => sinks.warc?.writeExchange({ url: x.snapshot.url, method: 'GET', headers: x.requestHeaders }, x.snapshot, { truncated: x.truncated ?? false }),
  });

  const real = (fetchUrl: string): string => plan.mirror?.toReal(fetchUrl) ?? fetchUrl;
  const toFetch = (realUrl: string): string => (plan.mirror ? plan.mirror.toFetch(realUrl) : realUrl);
  const profileOf = (fetchUrl: string) => (plan.generic ? undefined : profileFor(real(fetchUrl)));
  const planned = new Set<string>();
  const claimedHashes = new Set<string>();

  const config = new Configuration({
    persistStorage: false,
    purgeOnStart: true,
    systemInfoIntervalMillis: 600_000,
    logLevel: sinks.crawleeLogLevel ?? LogLevel.OFF,
  });

  /** Queues the URLs that pass the dedupe, the URL policy, the seen store (articles) and robots.txt. */
  async function admit(urls: string[], label: RequestLabel, userData: UserData, addRequests: BasicCrawlingContext['addRequests']): Promise<number> {
    const accepted: Array<{ url: string; label: RequestLabel; uniqueKey: string; userData: UserData }> = [];
    for (const url of urls) {
      let key: string;
      try {
        key = canonicalizeUrl(url);
      } catch {
        continue;
      }
      if (planned.has(key)) continue;
      planned.add(key);
      try {
        checkFetchable(url, policy);
      } catch {
        summary.skipped.offsite++;
        continue;
      }
      if (label === 'article' && (await sinks.seen.has(key))) {
        summary.skipped.seen++;
        continue;
      }
      if (!(await robotsCache.isAllowed(url))) {
        summary.skipped.robots++;
        summary.robotsSkipped.push(url);
        continue;
      }
      accepted.push({ url, label, uniqueKey: key, userData: { ...userData } });
    }
    if (accepted.length > 0) await addRequests(accepted, { forefront: label === 'article' });
    return accepted.length;
  }

  const router = createBasicRouter<CrawlContext>();

  router.addHandler('listing', async (ctx) => {
    const { request, fetched } = ctx;
    const data = request.userData as UserData;
    const pageUrl = fetched.snapshot.finalUrl ?? fetched.snapshot.url;
    const profile = profileOf(pageUrl);
    const { html } = decodeHtml(fetched.snapshot.body, pageUrl, fetched.snapshot.headers['content-type']);
    const links = discoverLinks(html, real(pageUrl), profile);
    if (profile?.pagination) links.listings = links.listings.map((u) => withoutFirstPage(u, profile.pagination!.param));
    const before = summary.skipped.seen;
    const newArticles = await admit(links.articles.map(toFetch), 'article', { depth: data.depth + 1 }, ctx.addRequests);
    const inScope = links.listings.filter((u) => plan.listingScopes.length === 0 || plan.listingScopes.some((p) => u.startsWith(p)));
    summary.skipped.scope += links.listings.length - inScope.length;
    if (data.depth + 1 <= opts.maxDepth) {
      await admit(inScope.map(toFetch), 'listing', { depth: data.depth + 1 }, ctx.addRequests);
    } else {
      summary.skipped.depth += inScope.length;
    }
    if (plan.generic && data.depth === 0) await admit(links.feeds, 'feed', { depth: 1 }, ctx.addRequests);
    const pagination = profile?.pagination;
    const page = data.page ?? 1;
    if (pagination && page < pagination.maxPages && newArticles > 0) {
      const next = new URL(real(pageUrl));
      next.searchParams.set(pagination.param, String(page + 1));
      await admit([toFetch(next.href)], 'listing', { depth: data.depth, page: page + 1 }, ctx.addRequests);
    }
    log(`listing ${pageUrl}: ${links.articles.length} articles (${newArticles} new, ${summary.skipped.seen - before} seen)`);
  });

  router.addHandler('feed', async (ctx) => {
    const { request, fetched } = ctx;
    const data = request.userData as UserData;
    const feedUrl = fetched.snapshot.finalUrl ?? fetched.snapshot.url;
    const xml = Buffer.from(fetched.snapshot.body).toString('utf8');
    const doc = parseFeedDocument(xml, real(feedUrl));
    const profile = profileOf(feedUrl);
    const pages = doc.pages.filter((u) => classifyUrl(u, profile, plan.generic ? new URL(u).host : undefined) !== 'listing').slice(0, opts.maxPages);
    const n = await admit(pages.map(toFetch), 'article', { depth: data.depth + 1 }, ctx.addRequests);
    if (data.depth + 1 <= opts.maxDepth) await admit(doc.sitemaps.slice(0, 5).map(toFetch), 'feed', { depth: data.depth + 1 }, ctx.addRequests);
    log(`${doc.kind} ${feedUrl}: ${doc.pages.length} pages (${n} new), ${doc.sitemaps.length} sitemaps`);
  });

  router.addHandler('article', async (ctx) => {
    const { request, fetched } = ctx;
    const { snapshot } = fetched;
    const { article, method } = snapshotToArticle(snapshot);
    const finalKey = canonicalizeUrl(snapshot.finalUrl ?? snapshot.url);
    const hash = article.text ? contentHash(article.text) : '';
    // Claimed before any await: two copies fetched at the same time must not both pass.
    const claimed = hash !== '' && claimedHashes.has(hash);
    if (hash) claimedHashes.add(hash);
    if (claimed || (hash && (await sinks.seen.hasContent(hash)))) {
      summary.duplicates++;
      log(`duplicate ${request.url}: same text as an article already stored`);
    } else {
      summary.newArticles++;
      summary.facts += article.facts.length;
      await sinks.onArticle?.(article, { method });
      log(`article ${request.url}: ${article.reason ?? `${article.facts.length} facts`}`);
    }
    const keys = new Set([request.uniqueKey, finalKey]);
    for (const k of keys) await sinks.seen.add(k, hash);
  });

  const handlerTimeoutSecs = Math.ceil((opts.maxRetryAfterMs + opts.backoffMs * 2 ** opts.maxRetries + opts.timeoutMs * 2 + 60_000) / 1000);

  // crawlee's loggers copy the global level when the crawler is built.
  const previousLevel = crawleeLog.getLevel();
  crawleeLog.setLevel(sinks.crawleeLogLevel ?? LogLevel.OFF);
  const crawler = new BasicCrawler(
    {
      maxConcurrency: opts.concurrency,
      minConcurrency: opts.concurrency,
      // The default 0.5 s idle poll leaves the pool waiting whenever handlers are still adding links.
      autoscaledPoolOptions: { maybeRunIntervalSecs: 0.02, loggingIntervalSecs: null },
      maxRequestsPerCrawl: opts.maxPages,
      maxRequestRetries: opts.maxRetries,
      requestHandlerTimeoutSecs: handlerTimeoutSecs,
      useSessionPool: false,
      keepAlive: false,
      statusMessageLoggingInterval: 3600,
      statisticsOptions: { logIntervalSecs: 3600 },
      async requestHandler(ctx) {
        const { request } = ctx;
        const data = request.userData as UserData;
        if (data.notBefore !== undefined && data.notBefore > Date.now()) await sleep(data.notBefore - Date.now());
        const host = new URL(request.url).host;
        const label = (request.label ?? 'listing') as RequestLabel;
        const release = await limiter.acquire(host);
        summary.requested.push(request.url);
        let fetched: FetchResult;
        try {
          fetched = await fetchSnapshot(request.url, { ...fetchOpts, accept: label === 'feed' ? 'xml' : 'html' });
        } catch (err) {
          if (err instanceof FetchError) {
            for (const x of err.exchanges) await sinks.warc?.writeExchange({ url: x.snapshot.url, method: 'GET', headers: x.requestHeaders }, x.snapshot, { truncated: x.truncated ?? false });
            // Within the cap the host waits and the page is retried after it; over it the page fails (errorHandler) and nothing waits.
            if (err.retryAfterMs !== undefined && err.retryAfterMs <= opts.maxRetryAfterMs) limiter.pause?.(host, err.retryAfterMs);
          }
          if (!isRetryable(err)) request.noRetry = true;
          throw err;
        } finally {
          release();
        }
        summary.fetched++;
        summary.byLabel[label]++;
        for (const x of fetched.hops) await sinks.warc?.writeExchange({ url: x.snapshot.url, method: 'GET', headers: x.requestHeaders }, x.snapshot);
        await sinks.warc?.writeExchange({ url: fetched.snapshot.finalUrl ?? request.url, method: 'GET', headers: fetched.requestHeaders }, fetched.snapshot);
        // The page is in hand: a failure from here on would fail the same way again.
        try {
          await router(Object.assign(ctx, { fetched }));
        } catch (err) {
          request.noRetry = true;
          throw err;
        }
      },
      errorHandler({ request }, error) {
        const ra = error instanceof FetchError ? error.retryAfterMs : undefined;
        if (ra !== undefined && ra > opts.maxRetryAfterMs) {
          request.noRetry = true;
          return;
        }
        summary.retries++;
        const backoff = opts.backoffMs * 2 ** request.retryCount * (0.75 + Math.random() * 0.5);
        (request.userData as UserData).notBefore = Date.now() + Math.max(ra ?? 0, backoff);
        log(`retry ${request.url}: ${reasonOf(error)}`);
      },
      async failedRequestHandler({ request }, error) {
        summary.failed.push({ url: request.url, reason: reasonOf(error) });
        // A permanent failure (4xx, redirect loop, not HTML) is not asked for again by later runs; a transient one is.
        if (request.label === 'article' && !isRetryable(error)) await sinks.seen.add(request.uniqueKey, '');
        log(`failed ${request.url}: ${reasonOf(error)}`);
      },
    },
    config,
  );

  const seedsByLabel = new Map<RequestLabel, string[]>();
  for (const s of plan.seeds) seedsByLabel.set(s.label, [...(seedsByLabel.get(s.label) ?? []), s.url]);
  const addSeeds: BasicCrawlingContext['addRequests'] = async (requests, options) => {
    await crawler.addRequests(requests as Parameters<typeof crawler.addRequests>[0], options);
  };
  for (const label of ['feed', 'listing', 'article'] as const) {
    const urls = seedsByLabel.get(label);
    if (urls) await admit(urls, label, { depth: 0 }, addSeeds);
  }
  try {
    await crawler.run();
  } finally {
    crawleeLog.setLevel(previousLevel);
  }

  summary.durationMs = performance.now() - started;
  summary.pagesPerSecond = summary.fetched / Math.max(summary.durationMs / 1000, 1e-3);
  return summary;
}
