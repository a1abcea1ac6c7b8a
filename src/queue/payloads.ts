import { z } from 'zod';

/** Only web pages: no javascript:, file:, data: … URL gets into a job. */
const WebUrl = z.url({ protocol: /^https?$/ });

/**
 * Look at one site edition's listings, feeds and sitemaps (or, for a site without a profile, its start URL,
 * the feeds it announces and its sitemaps) and enqueue the article URLs found.
 */
export const DiscoverJob = z.object({
  /** An edition id, or the host of a site without a profile (then startUrls is required). */
  site: z.string().regex(/^[a-z0-9.-]+$/),
  /** Overrides the edition's start URLs (tests, mirrors, a single section). */
  startUrls: z.array(WebUrl).max(100).optional(),
  /** Listing pages deep: 0 reads only the start URLs. */
  depth: z.number().int().min(0).max(5).default(0),
});
export type DiscoverJob = z.infer<typeof DiscoverJob>;
export type DiscoverJobInput = z.input<typeof DiscoverJob>;

/** Fetch, snapshot and extract one article URL. */
export const ArticleJob = z.object({
  url: WebUrl,
  site: z.string().max(100).optional(),
  from: z.string().max(100).optional(),
});
export type ArticleJob = z.infer<typeof ArticleJob>;

/** Write the facts feed (or its part after a cursor) to a JSONL file. */
export const ExportJob = z.object({
  /** Relative to the worker's data directory (NEWSFACTS_DATA_DIR). */
  out: z.string().min(1).max(500),
  since: z.string().max(100).optional(),
});
export type ExportJob = z.infer<typeof ExportJob>;
