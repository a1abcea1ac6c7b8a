import { BasicCrawler, Configuration, LogLevel, type RouterHandler } from '@crawlee/cheerio';
import { errorMessage, isRetryable, NewsfactsError } from '../core/index.js';
import type { CrawlContext, CrawlState, UserData } from './crawl-state.js';
import { FetchError } from './fetch-snapshot.js';
import type { PageFetcher } from './page-fetcher.js';

/** The error's message without the URL it starts with (the report prints the URL already). */
function reasonOf(err: unknown): string {
  const msg = errorMessage(err);
  return err instanceof NewsfactsError && msg.startsWith(`${err.input}: `) ? msg.slice(err.input.length + 2) : msg;
}

/**
 * crawlee's BasicCrawler around our fetch and router: its in-memory queue, concurrency and retries, with
 * our backoff (Retry-After honoured, a longer one fails the page) and our failure report.
 */
export function buildCrawler(
  state: CrawlState,
  fetcher: PageFetcher,
  router: RouterHandler<CrawlContext>,
): BasicCrawler {
  const { opts, summary, sinks, log } = state;
  const handlerTimeoutSecs = Math.ceil(
    (opts.maxRetryAfterMs + opts.backoffMs * 2 ** opts.maxRetries + opts.timeoutMs * 2 + 60_000) / 1000,
  );
  return new BasicCrawler(
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
        const page = await fetcher.fetch(ctx);
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
    new Configuration({
      persistStorage: false,
      purgeOnStart: true,
      systemInfoIntervalMillis: 600_000,
      logLevel: sinks.crawleeLogLevel ?? LogLevel.OFF,
    }),
  );
}
