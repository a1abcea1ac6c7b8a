import { log as crawleeLog, LogLevel, type BasicCrawler, type BasicCrawlingContext } from '@crawlee/cheerio';
import { buildCrawler } from './build-crawler.js';
import { CrawlOptions, type CrawlOptionsInput } from './crawl-options.js';
import { planCrawl, type CrawlPlan, type RequestLabel } from './crawl-plan.js';
import { CrawlState, emptySummary, type CrawlSinks, type CrawlSummary } from './crawl-state.js';
import type { FetchOptions } from './fetch-snapshot.js';
import { LocalHostLimiter } from './host-limiter.js';
import { checkNetwork } from './network-check.js';
import { PageFetcher } from './page-fetcher.js';
import { RobotsCache } from './robots.js';
import { createRoutes } from './routes.js';
import { checkFetchable, loopbackPortsOf, type UrlPolicy } from './url-policy.js';

export type { CrawlSinks, CrawlSummary } from './crawl-state.js';

/**
 * Loopback, when allowed, only on the port of --base-url, else on the ports of the start URLs (a --site URL,
 * or the start pages of a profile the operator loaded): a redirect cannot reach another local service.
 */
function crawlPolicy(opts: CrawlOptions, plan: CrawlPlan): UrlPolicy {
  const origins = opts.baseUrl ? [opts.baseUrl] : plan.seeds.filter((s) => !s.optional).map((s) => s.url);
  return { allowedHosts: plan.allowedHosts, allowLoopback: opts.allowLoopback, loopbackPorts: loopbackPortsOf(origins) };
}

/**
 * What a crawl checks before it touches anything: the options, the site, the start URLs against the URL
 * policy (a mirror on 127.0.0.1 without allowLoopback), and DNS for the start hosts (no network: fail now).
 * Returns the hosts that did not resolve while others did.
 */
export async function preflightCrawl(input: CrawlOptionsInput): Promise<{ unresolvedHosts: string[] }> {
  const opts = CrawlOptions.parse(input);
  const plan = planCrawl(opts.site, opts.baseUrl);
  const policy = crawlPolicy(opts, plan);
  for (const seed of plan.seeds) checkFetchable(seed.url, policy);
  return { unresolvedHosts: opts.skipNetworkCheck ? [] : await checkNetwork(plan.seeds.map((s) => s.url)) };
}

/** The plan's start requests (feeds first), then, without a profile, the sitemaps robots.txt names. */
async function addSeeds(state: CrawlState, crawler: BasicCrawler): Promise<void> {
  const add: BasicCrawlingContext['addRequests'] = async (requests, options) => {
    await crawler.addRequests(requests as Parameters<typeof crawler.addRequests>[0], options);
  };
  for (const label of ['feed', 'listing', 'article'] as const satisfies readonly RequestLabel[]) {
    for (const optional of [false, true]) {
      const urls = state.plan.seeds.filter((s) => s.label === label && !!s.optional === optional).map((s) => s.url);
      const data = { depth: 0, ...(optional ? { optional } : {}) };
      if (urls.length > 0) await state.admit(urls, label, data, add, { checkSeen: false });
    }
  }
  if (state.plan.generic)
    await state.admit(await state.robots.sitemaps(state.plan.seeds[0]!.url), 'feed', { depth: 0 }, add);
}

/**
 * One crawl, crawlee's template shape: this main wires the parts, `routes.ts` holds the labelled
 * handlers, `page-fetcher.ts` our polite fetch (the same fetchSnapshot the queue workers use) and
 * `build-crawler.ts` crawlee's BasicCrawler. robots.txt, the URL policy and the seen store apply before a
 * URL is queued, per-host limits before each request; every exchange goes to the WARC under the URL the
 * site knows.
 */
export async function runCrawl(input: CrawlOptionsInput, sinks: CrawlSinks): Promise<CrawlSummary> {
  const opts = CrawlOptions.parse(input);
  const plan = planCrawl(opts.site, opts.baseUrl);
  const started = performance.now();
  const summary = emptySummary(plan.targets);
  const policy = crawlPolicy(opts, plan);
  summary.unresolvedHosts = (await preflightCrawl(opts)).unresolvedHosts;
  for (const h of summary.unresolvedHosts) sinks.log?.(`warning: cannot resolve ${h}; its pages will fail`);

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
  const robotsLimiter = {
    acquire: async (host: string) => {
      summary.requested.push(`robots.txt of ${host}`);
      return limiter.acquire(host);
    },
  };
  const robots: RobotsCache = new RobotsCache(fetchOpts, {
    limiter: robotsLimiter,
    onExchange: async (x) => void (await fetcher.record(x)),
  });
  const state = new CrawlState(opts, plan, summary, sinks, policy, robots);
  const fetcher = new PageFetcher(state, limiter, fetchOpts);

  // crawlee's loggers copy the global level when the crawler is built.
  const previousLevel = crawleeLog.getLevel();
  crawleeLog.setLevel(sinks.crawleeLogLevel ?? LogLevel.OFF);
  try {
    const crawler = buildCrawler(state, fetcher, createRoutes(state));
    await addSeeds(state, crawler);
    await crawler.run();
  } finally {
    crawleeLog.setLevel(previousLevel);
  }
  summary.durationMs = performance.now() - started;
  summary.pagesPerSecond = summary.fetched / Math.max(summary.durationMs / 1000, 1e-3);
  return summary;
}
