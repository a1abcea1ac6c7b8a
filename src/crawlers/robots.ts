import robotsModule from 'robots-parser';
import { FetchError, fetchSnapshot, type Exchange, type FetchOptions } from './fetch-snapshot.js';
import type { HostLimiter } from './host-limiter.js';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
// robots-parser is CommonJS (`module.exports = fn`): ESM's default import is that function, while its typings
// describe a module whose `default` is the function.
const robotsParser = robotsModule as unknown as (url: string, contents: string) => Robot;

interface Entry {
  /** Undefined: allow everything (no robots.txt). Null: disallow everything (unreachable). */
  robot: Robot | undefined | null;
  expires: number;
  reason: string;
}

/** The product token robots.txt groups are matched against: "NewsfactsBot/0.1 (+https://…)" → "NewsfactsBot". */
export function robotsToken(userAgent: string): string {
  return (userAgent.split(/[\s/]/)[0] ?? userAgent) || '*';
}

/**
 * robots.txt per origin, fetched once with our own User-Agent (RFC 9309): a 4xx means no rules (allow all);
 * a 5xx, a 429 or a network error means the file is unreachable, so everything is disallowed until
 * `unreachableTtlMs` has passed and the file is asked for again.
 */
export class RobotsCache {
  private readonly entries = new Map<string, Promise<Entry>>();
  private readonly loaded = new Map<string, Entry>();
  private readonly token: string;

  constructor(
    private readonly fetchOpts: FetchOptions,
    private readonly opts: {
      limiter?: HostLimiter;
      ttlMs?: number;
      unreachableTtlMs?: number;
      /** Every robots.txt exchange (for the WARC). */
      onExchange?: (x: Exchange) => Promise<void>;
    } = {},
  ) {
    this.token = robotsToken(fetchOpts.userAgent);
  }

  async isAllowed(url: string): Promise<boolean> {
    const entry = await this.entry(new URL(url).origin);
    if (entry.robot === undefined) return true;
    if (entry.robot === null) return false;
    return entry.robot.isAllowed(url, this.token) !== false;
  }

  /** Why the last answer for this origin is what it is ("robots.txt: HTTP 503"), for reports. */
  async explain(url: string): Promise<string> {
    return (await this.entry(new URL(url).origin)).reason;
  }

  /** Crawl-delay for our agent at `host` (host[:port]), once its robots.txt is loaded. */
  crawlDelayMs(host: string): number | undefined {
    for (const [origin, e] of this.loaded) {
      if (new URL(origin).host !== host.toLowerCase() || !e.robot) continue;
      const d = e.robot.getCrawlDelay(this.token);
      return d === undefined || !Number.isFinite(Number(d)) ? undefined : Number(d) * 1000;
    }
    return undefined;
  }

  async sitemaps(url: string): Promise<string[]> {
    const entry = await this.entry(new URL(url).origin);
    return entry.robot ? entry.robot.getSitemaps() : [];
  }

  private entry(origin: string): Promise<Entry> {
    const cached = this.entries.get(origin);
    const known = this.loaded.get(origin);
    if (cached && (!known || known.expires > Date.now())) return cached;
    const p = this.load(origin).then((e) => {
      this.loaded.set(origin, e);
      return e;
    });
    this.entries.set(origin, p);
    return p;
  }

  private async load(origin: string): Promise<Entry> {
    const url = `${origin}/robots.txt`;
    const ttl = this.opts.ttlMs ?? 24 * 3600_000;
    const release = this.opts.limiter ? await this.opts.limiter.acquire(new URL(origin).host) : undefined;
    try {
      const { snapshot, requestHeaders, hops } = await fetchSnapshot(url, { ...this.fetchOpts, accept: 'any', maxBytes: 512 * 1024 });
      for (const x of [...hops, { snapshot, requestHeaders }]) await this.opts.onExchange?.(x).catch(() => undefined);
      const text = Buffer.from(snapshot.body).toString('utf8');
      return { robot: robotsParser(snapshot.finalUrl ?? url, text), expires: Date.now() + ttl, reason: 'robots.txt rules' };
    } catch (err) {
      if (err instanceof FetchError) for (const x of err.exchanges) await this.opts.onExchange?.(x).catch(() => undefined);
      if (err instanceof FetchError && err.status !== undefined && err.status >= 400 && err.status < 500 && !err.retryable) {
        return { robot: undefined, expires: Date.now() + ttl, reason: `robots.txt: HTTP ${err.status}, no rules` };
      }
      const why = err instanceof Error ? err.message : String(err);
      return { robot: null, expires: Date.now() + (this.opts.unreachableTtlMs ?? 60_000), reason: `robots.txt unreachable, all disallowed: ${why}` };
    } finally {
      release?.();
    }
  }
}
