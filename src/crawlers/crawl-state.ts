import type { BasicCrawlingContext, LogLevel } from '@crawlee/cheerio';
import type { Article, Snapshot } from '../core/index.js';
import type { CrawlOptions } from './crawl-options.js';
import type { CrawlPlan, RequestLabel } from './crawl-plan.js';
import type { FetchResult } from './fetch-snapshot.js';
import type { HostLimiter } from './host-limiter.js';
import type { RobotsCache } from './robots.js';
import { canonicalizeUrl, type SeenStore } from './seen-store.js';
import { checkFetchable, type UrlPolicy } from './url-policy.js';
import type { WarcWriter } from './warc-writer.js';

export interface CrawlSinks {
  seen: SeenStore;
  warc?: WarcWriter;
  /** A shared limiter (the queue's Redis one); by default an in-process one from the options. */
  limiter?: HostLimiter;
  /** Each new article, after its exchange is in the WARC and before its URL is marked seen. */
  onArticle?(article: Article, info: { method: string; warcRecordId?: string | undefined }): Promise<void>;
  /** Progress lines (the CLI sends them to stderr). */
  log?(line: string): void;
  /** crawlee's own log level; default OFF (our summary reports failures). */
  crawleeLogLevel?: LogLevel;
}

export interface CrawlSummary {
  targets: string[];
  /** Pages fetched with a 2xx response (listings, feeds, articles; robots.txt not counted). */
  fetched: number;
  /** Fetched pages by what they turned out to be. */
  byLabel: Record<RequestLabel, number>;
  newArticles: number;
  /** Articles whose text was already stored under another URL. */
  duplicates: number;
  facts: number;
  /** Links not queued: page already seen, robots.txt, outside the allowed hosts, beyond max depth or outside the edition. */
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

export function emptySummary(targets: string[]): CrawlSummary {
  return {
    targets,
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
}

export interface UserData {
  depth: number;
  page?: number;
  notBefore?: number;
  /** A guess (the generic /sitemap.xml): its failure is not reported as one. */
  optional?: boolean;
}

/** The page as fetched, with its URLs as the site knows them (a mirror's URL mapped back) and its WARC record. */
export interface FetchedPage {
  fetched: FetchResult;
  snapshot: Snapshot;
  warcRecordId: string | undefined;
}

export type CrawlContext = BasicCrawlingContext & { page: FetchedPage };
type AddRequests = BasicCrawlingContext['addRequests'];

/** Everything the handlers share: options, plan, summary, sinks, and the gate every link passes. */
export class CrawlState {
  private readonly planned = new Set<string>();
  /** Content hashes claimed in this run, before any await, so two copies fetched at once do not both pass. */
  readonly claimedHashes = new Set<string>();
  readonly log: (line: string) => void;

  constructor(
    readonly opts: CrawlOptions,
    readonly plan: CrawlPlan,
    readonly summary: CrawlSummary,
    readonly sinks: CrawlSinks,
    readonly policy: UrlPolicy,
    readonly robots: RobotsCache,
  ) {
    this.log = sinks.log ?? (() => undefined);
  }

  /** The URL as the site knows it (a mirror URL mapped back to the real one). */
  real(fetchUrl: string): string {
    return this.plan.mirror?.toReal(fetchUrl) ?? fetchUrl;
  }

  toFetch(realUrl: string): string {
    return this.plan.mirror ? this.plan.mirror.toFetch(realUrl) : realUrl;
  }

  /**
   * Queues the URLs that pass the dedupe, the URL policy, the seen store (pages stored as articles by this
   * or an earlier run; start pages and feeds are always read) and robots.txt. Article-looking URLs go first.
   */
  async admit(
    urls: string[],
    label: RequestLabel,
    userData: UserData,
    addRequests: AddRequests,
    opts: { checkSeen?: boolean } = {},
  ): Promise<number> {
    const checkSeen = opts.checkSeen ?? label !== 'feed';
    const accepted: Array<{ url: string; label: RequestLabel; uniqueKey: string; userData: UserData }> = [];
    for (const url of urls) {
      let key: string;
      try {
        key = canonicalizeUrl(url);
      } catch {
        continue;
      }
      if (this.planned.has(key)) continue;
      this.planned.add(key);
      try {
        checkFetchable(url, this.policy);
      } catch {
        this.summary.skipped.offsite++;
        continue;
      }
      if (checkSeen && (await this.sinks.seen.has(key))) {
        this.summary.skipped.seen++;
        continue;
      }
      if (!(await this.robots.isAllowed(url))) {
        this.summary.skipped.robots++;
        this.summary.robotsSkipped.push(url);
        continue;
      }
      accepted.push({ url, label, uniqueKey: key, userData: { ...userData } });
    }
    if (accepted.length > 0) await addRequests(accepted, { forefront: label === 'article' });
    return accepted.length;
  }
}
