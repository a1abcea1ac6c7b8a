import { setTimeout as sleep } from 'node:timers/promises';
import type { BasicCrawlingContext } from '@crawlee/cheerio';
import { isRetryable, type Snapshot } from '../core/index.js';
import type { CrawlState, FetchedPage, UserData } from './crawl-state.js';
import { FetchError, fetchSnapshot, type Exchange, type FetchOptions } from './fetch-snapshot.js';
import type { HostLimiter } from './host-limiter.js';

/**
 * The crawl's polite fetch: waits for the request's backoff and the host's turn, fetches, and writes
 * every exchange (redirect hops, refused responses too) to the WARC under the URL the site knows.
 */
export class PageFetcher {
  constructor(
    private readonly state: CrawlState,
    private readonly limiter: HostLimiter,
    private readonly fetchOpts: FetchOptions,
  ) {}

  /** The snapshot with its URLs as the site knows them (a mirror URL mapped back to the real one). */
  private real(s: Snapshot): Snapshot {
    return { ...s, url: this.state.real(s.url), ...(s.finalUrl ? { finalUrl: this.state.real(s.finalUrl) } : {}) };
  }

  /** Writes one exchange to the WARC; resolves to the response record's id (undefined without a WARC). */
  async record(x: Exchange): Promise<string | undefined> {
    return this.state.sinks.warc?.writeFetch(x, (u) => this.state.real(u));
  }

  async fetch(ctx: BasicCrawlingContext): Promise<FetchedPage> {
    const { request } = ctx;
    const { opts, summary } = this.state;
    const data = request.userData as UserData;
    if (data.notBefore !== undefined && data.notBefore > Date.now()) await sleep(data.notBefore - Date.now());
    const host = new URL(request.url).host;
    const release = await this.limiter.acquire(host);
    summary.requested.push(request.url);
    try {
      const fetched = await fetchSnapshot(request.url, {
        ...this.fetchOpts,
        accept: request.label === 'feed' ? 'xml' : 'html',
      });
      summary.fetched++;
      for (const x of fetched.hops) await this.record(x);
      const warcRecordId = await this.record(fetched);
      return { fetched, snapshot: this.real(fetched.snapshot), warcRecordId };
    } catch (err) {
      if (err instanceof FetchError) {
        for (const x of err.exchanges) await this.record(x);
        // Within the cap the host waits and the page is retried after it; over it the page fails and nothing waits.
        if (err.retryAfterMs !== undefined && err.retryAfterMs <= opts.maxRetryAfterMs)
          this.limiter.pause?.(host, err.retryAfterMs);
      }
      if (!isRetryable(err)) request.noRetry = true;
      throw err;
    } finally {
      release();
    }
  }
}
