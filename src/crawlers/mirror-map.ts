import { NewsfactsError } from '../core/index.js';

/**
 * `--base-url`: a local mirror stands in for real sites. The mirror serves each site under a path named
 * after its host, so `https://vovworld.vn/id-ID.vov?trang=2` is fetched as
 * `<base>/vovworld.vn/id-ID.vov?trang=2` (and `https://www.vietnamplus.vn/` as `<base>/www.vietnamplus.vn/`).
 * Links are classified on the real URL (so the profile's URL patterns hold) and fetched, stored and
 * recorded (WARC, article `url`, seen store) under the mirror URL that was really fetched.
 */
export class MirrorMap {
  readonly base: URL;
  private readonly prefix: string;

  constructor(baseUrl: string, private readonly realHosts: readonly string[]) {
    let u: URL;
    try {
      u = new URL(baseUrl);
    } catch {
      throw new NewsfactsError('base-url', baseUrl, 'not a valid URL', { retryable: false });
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new NewsfactsError('base-url', baseUrl, 'must be http(s)', { retryable: false });
    u.search = '';
    u.hash = '';
    this.base = u;
    this.prefix = u.href.replace(/\/+$/, '');
  }

  private mirrored(host: string): boolean {
    const h = host.toLowerCase();
    return this.realHosts.some((r) => h === r || h.endsWith(`.${r}`));
  }

  /** The mirror URL for a real URL of a mirrored site; other URLs unchanged. */
  toFetch(realUrl: string): string {
    const u = new URL(realUrl);
    if (!this.mirrored(u.hostname)) return realUrl;
    return `${this.prefix}/${u.hostname.toLowerCase()}${u.pathname}${u.search}`;
  }

  /** The real URL a mirror URL stands for, or undefined if it is not one. */
  toReal(fetchUrl: string): string | undefined {
    if (!fetchUrl.startsWith(`${this.prefix}/`)) return undefined;
    const rest = fetchUrl.slice(this.prefix.length + 1);
    const slash = rest.search(/[/?#]|$/);
    const host = rest.slice(0, slash);
    if (!host || !this.mirrored(host)) return undefined;
    const tail = rest.slice(slash);
    return `https://${host}${tail.startsWith('/') ? tail : `/${tail}`}`;
  }
}
