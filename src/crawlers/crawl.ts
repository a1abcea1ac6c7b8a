import { setTimeout as sleep } from 'node:timers/promises';
import { BasicCrawler, Configuration, log as crawleeLog, LogLevel, type BasicCrawlingContext } from '@crawlee/cheerio';
import { errorMessage, isRetryable, NewsfactsError } from '../core/index.js';
import { CrawlOptions, type CrawlOptionsInput } from './crawl-options.js';
import { planCrawl, type RequestLabel } from './crawl-plan.js';
import { CrawlState, emptySummary, type CrawlContext, type CrawlSinks, type CrawlSummary, type FetchedPage, type UserData } from './crawl-state.js';
import { FetchError, fetchSnapshot, type Exchange, type FetchOptions } from './fetch-snapshot.js';
import { LocalHostLimiter } from './host-limiter.js';
import { checkNetwork } from './network-check.js';
import { RobotsCache } from './robots.js';
import { createRoutes } from './routes.js';
import { checkFetchable, type UrlPolicy } from './url-policy.js';

export type { CrawlSinks, CrawlSummary } from './crawl-state.js';

/** The error's message without the URL it starts with (the report prints the URL already). */
function reasonOf(err: unknown): string {
  const msg = errorMessage(err);
  return err instanceof NewsfactsError && msg.startsWith(`${err.input}: `) ? msg.slice(err.input.length + 2) : msg;
}

/**
 * What a crawl checks before it touches anything: the options, the site, the start URLs against the URL
 * policy (a mirror on 127.0.0.1 without allowLoopback), and DNS for the start hosts (no network: fail now).
 * Returns the hosts that did not resolve while others did.
 */
export async function preflightCrawl(input: CrawlOptionsInput): Promise<{ unresolvedHosts: string[] }> {
  const opts = CrawlOptions.parse(input);
  const plan = planCrawl(opts.site, opts.baseUrl);
  const policy: UrlPolicy = { allowedHosts: plan.allowedHosts, allowLoopback: opts.allowLoopback };
  for (const seed of plan.seeds) checkFetchable(seed.url, policy);
  return { unresolvedHosts: opts.skipNetworkCheck ? [] : await checkNetwork(plan.seeds.map((s) => s.url)) };
}

/**
 * One crawl: crawlee's BasicCrawler (its in-memory queue, retries, concurrency) with our polite fetch
 * (fetchSnapshot: the same one the queue workers use) in front of a router of labelled handlers
 * (routes.ts). robots.txt, the URL policy and the seen store apply before a URL is queued, per-host limits
 * before each request; every exchange goes to the WARC under the URL the site knows.
 */
export async function runCrawl(input: CrawlOptionsInput, sinks: CrawlSinks): Promise<CrawlSummary> {
  const opts = CrawlOptions.parse(input);
  const plan = planCrawl(opts.site, opts.baseUrl);
  const started = performance.now();
  const summary = emptySummary(plan.targets);
  const log = sinks.log ?? (() => undefined);
  const policy: UrlPolicy = { allowedHosts: plan.allowedHosts, allowLoopback: opts.allowLoopback };
  summary.unresolvedHosts = (await preflightCrawl(opts)).unresolvedHosts;
  for (const h of summary.unresolvedHosts) log(`warning: cannot resolve ${h}; its pages will fail`);

  const fetchOpts: FetchOptions = { userAgent: opts.userAgent, timeoutMs: opts.timeoutMs, policy };
  const limiter =
    sinks.limiter ??
    new LocalHostLimiter({
      concurrency: opts.hostConcurrency,
      delayMs: opts.delayMs,
      delayFor: (host) => {
        const d = robots.crawlDelayMs(host);
        return d === undefined ? undefined : Math.min(d, opts.maxCrawlDelayMs);
      },
    });
  const real = (u: string): string => plan.mirror?.toReal(u) ?? u;
  /** Writes one exchange to the WARC under the real URL; returns the response record's id. */
  const record = async (x: Exchange, opts2: { truncated?: boolean } = {}): Promise<string | undefined> => {
    const snapshot = { ...x.snapshot, url: real(x.snapshot.url), ...(x.snapshot.finalUrl ? { finalUrl: real(x.snapshot.finalUrl) } : {}) };
    return sinks.warc?.writeExchange({ url: snapshot.url, method: 'GET', headers: x.requestHeaders }, snapshot, opts2);
  };
  const robots: RobotsCache = new RobotsCache(fetchOpts, {
    limiter: {
      acquire: async (host) => {
        summary.requested.push(`robots.txt of ${host}`);
        return limiter.acquire(host);
      },
    },
    onExchange: async (x) => void (await record(x, { truncated: x.truncated ?? false })),
  });
  const state = new CrawlState(opts, plan, summary, sinks, policy, robots);
  const router = createRoutes(state);

  /** Fetches the request's URL politely; the page in hand carries the URLs the site knows. */
  async function fetchPage(ctx: BasicCrawlingContext): Promise<FetchedPage> {
    const { request } = ctx;
    const data = request.userData as UserData;
    if (data.notBefore !== undefined && data.notBefore > Date.now()) await sleep(data.notBefore - Date.now());
    const host = new URL(request.url).host;
    const release = await limiter.acquire(host);
    summary.requested.push(request.url);
    try {
      const fetched = await fetchSnapshot(request.url, { ...fetchOpts, accept: request.label === 'feed' ? 'xml' : 'html' });
      summary.fetched++;
      for (const x of fetched.hops) await record(x);
      const warcRecordId = await record(fetched);
      const s = fetched.snapshot;
      const snapshot = { ...s, url: real(s.url), ...(s.finalUrl ? { finalUrl: real(s.finalUrl) } : {}) };
      return { fetched, snapshot, warcRecordId };
    } catch (err) {
      if (err instanceof FetchError) {
        for (const x of err.exchanges) await record(x, { truncated: x.truncated ?? false });
        if (err.retryAfterMs !== undefined) limiter.pause?.(host, Math.min(err.retryAfterMs, opts.maxRetryAfterMs));
      }
      if (!isRetryable(err)) request.noRetry = true;
      throw err;
    } finally {
      release();
    }
  }

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
        const page = await fetchPage(ctx);
        // The page is in hand: a failure from here on would fail the same way again.
        try {
          await router(Object.assign(ctx, { page }) as CrawlContext);
        } catch (err) {
          ctx.request.noRetry = true;
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
        if ((request.userData as UserData).optional) {
          log(`skipped ${request.url}: ${reasonOf(error)}`);
          return;
        }
        summary.failed.push({ url: request.url, reason: reasonOf(error) });
        // A permanent failure (4xx, redirect loop, not HTML) is not asked for again by later runs; a transient one is.
        if (request.label === 'article' && !isRetryable(error)) await sinks.seen.add(request.uniqueKey, '');
        log(`failed ${request.url}: ${reasonOf(error)}`);
      },
    },
    new Configuration({ persistStorage: false, purgeOnStart: true, systemInfoIntervalMillis: 600_000, logLevel: sinks.crawleeLogLevel ?? LogLevel.OFF }),
  );

  const addSeeds: BasicCrawlingContext['addRequests'] = async (requests, options) => {
    await crawler.addRequests(requests as Parameters<typeof crawler.addRequests>[0], options);
  };
  for (const label of ['feed', 'listing', 'article'] as const satisfies readonly RequestLabel[]) {
    const seeds = plan.seeds.filter((s) => s.label === label);
    for (const optional of [false, true]) {
      const urls = seeds.filter((s) => !!s.optional === optional).map((s) => s.url);
      if (urls.length > 0) await state.admit(urls, label, { depth: 0, ...(optional ? { optional } : {}) }, addSeeds, { checkSeen: false });
    }
  }
  if (plan.generic) {
    const fromRobots = await robots.sitemaps(plan.seeds[0]!.url);
    await state.admit(fromRobots, 'feed', { depth: 0 }, addSeeds);
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
