import { z } from 'zod';

/** Sent on every request, robots.txt included; the URL says who runs the crawler and how to reach them. */
const DEFAULT_USER_AGENT = 'newsfacts/0.1 (+https://github.com/newsfacts/newsfacts; research crawler)';

/** Options of one crawl (the CLI's flags after parsing); defaults are the polite ones. */
export const CrawlOptions = z.object({
  /** An edition id (vovworld-id…), a profile name (vovworld, vietnamplus), `all`, or a start URL. */
  site: z.string().min(1).default('all'),
  /** Pages fetched at most (listings, feeds and articles; robots.txt not counted). */
  maxPages: z.number().int().positive().default(200),
  /**
   * Listing hops from a start page: 0 fetches the start pages and the pages they link to (articles; without a
   * profile any linked page, since only the page itself says whether it is an article) and follows no further.
   */
  maxDepth: z.number().int().nonnegative().default(2),
  /** A mirror standing in for the profile sites (see MirrorMap). */
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  allowLoopback: z.boolean().default(false),
  userAgent: z.string().min(1).regex(/^[\x20-\x7e]+$/, 'printable ASCII only').default(DEFAULT_USER_AGENT),
  /** Requests in flight per host. */
  hostConcurrency: z.number().int().positive().default(1),
  /** Minimum time between request starts on one host (robots.txt Crawl-delay raises it). */
  delayMs: z.number().int().nonnegative().default(1000),
  /** Requests in flight over all hosts. */
  concurrency: z.number().int().positive().default(4),
  timeoutMs: z.number().int().positive().default(20_000),
  /** Retries of a retryable failure (network, timeout, 5xx, 429), with exponential backoff from backoffMs. */
  maxRetries: z.number().int().nonnegative().default(3),
  backoffMs: z.number().int().nonnegative().default(2_000),
  /** A Retry-After longer than this fails the page instead of stalling the crawl. */
  maxRetryAfterMs: z.number().int().nonnegative().default(120_000),
  /** Crawl-delay values above this are capped. */
  maxCrawlDelayMs: z.number().int().nonnegative().default(30_000),
  /** Skip the DNS check of the start hosts (the check makes a crawl without network fail at once). */
  skipNetworkCheck: z.boolean().default(false),
});
export type CrawlOptions = z.infer<typeof CrawlOptions>;
export type CrawlOptionsInput = z.input<typeof CrawlOptions>;
