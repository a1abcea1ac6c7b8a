import { NewsfactsError } from '../core/index.js';
import { editionById, profileFor, profiles } from '../sites/index.js';
import type { SiteEdition, SiteProfile } from '../sites/profile.js';
import { MirrorMap } from './mirror-map.js';

export type RequestLabel = 'listing' | 'article' | 'feed';

interface Seed {
  /** The URL to fetch (a mirror URL under --base-url). */
  url: string;
  label: RequestLabel;
  /** A guess (a generic site's /sitemap.xml): failing it is not a failure of the crawl. */
  optional?: boolean;
}

export interface CrawlPlan {
  seeds: Seed[];
  /** Hosts the crawl may fetch from (the mirror's host under --base-url). */
  allowedHosts: string[];
  mirror: MirrorMap | undefined;
  /** True for a start URL without a profile: generic link heuristics within its host. */
  generic: boolean;
  /** Edition ids or the start URL, for the report. */
  targets: string[];
  /**
   * Real-URL prefixes a listing must start with: the common prefix of each chosen edition's start URLs
   * (`https://vovworld.vn/id-ID`), so an edition's crawl does not wander into the others through the
   * language menu. Empty: no restriction. Articles are not restricted (newer VOV World English articles
   * have no locale in their path).
   */
  listingScopes: string[];
}

function commonPrefix(urls: string[]): string {
  let p = urls[0] ?? '';
  for (const u of urls) while (!u.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** A site edition a discover job starts from, with the profile whose URL rules read its pages. */
export interface CrawlEdition {
  edition: SiteEdition;
  profile: SiteProfile;
}

export function crawlEdition(id: string): CrawlEdition | undefined {
  return editionById(id);
}

/** Every host a site profile names: what scheduled jobs may fetch besides the hosts allowed by name. */
export function profileHosts(): string[] {
  return profiles().flatMap((p) => p.hosts);
}

export function editionIds(): string[] {
  return profiles().flatMap((p) => p.editions.map((e) => e.id));
}

/** Turns `--site` (and `--base-url`) into start requests and the hosts the crawl may touch. */
export function planCrawl(site: string, baseUrl?: string): CrawlPlan {
  if (/^https?:\/\//i.test(site)) {
    if (baseUrl) throw new NewsfactsError('usage', site, '--base-url mirrors the profile sites; give the mirror URL itself as --site instead', { retryable: false });
    const u = new URL(site);
    const profile = profileFor(site);
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    // Without a profile: the page given, the feeds it announces, the sitemaps robots.txt names, /sitemap.xml.
    const seeds: Seed[] = [{ url: u.href, label: 'listing' }];
    if (!profile) seeds.push({ url: new URL('/sitemap.xml', u).href, label: 'feed', optional: true });
    return {
      seeds,
      allowedHosts: profile ? [...profile.hosts] : [host],
      mirror: undefined,
      generic: !profile,
      targets: [u.href],
      listingScopes: [],
    };
  }
  const chosen: Array<{ profile: SiteProfile; edition: SiteProfile['editions'][number] }> = [];
  for (const profile of profiles()) {
    for (const edition of profile.editions) {
      if (site === 'all' || site === profile.name || site === edition.id) chosen.push({ profile, edition });
    }
  }
  if (chosen.length === 0) {
    throw new NewsfactsError('usage', site, `unknown site; use one of ${[...editionIds(), ...profiles().map((p) => p.name), 'all'].join(', ')} or a start URL`, {
      retryable: false,
    });
  }
  const realHosts = [...new Set(chosen.flatMap((c) => c.profile.hosts))];
  const mirror = baseUrl ? new MirrorMap(baseUrl, realHosts) : undefined;
  const map = (u: string): string => (mirror ? mirror.toFetch(u) : u);
  const seeds: Seed[] = [];
  for (const { edition } of chosen) {
    for (const f of [...edition.feeds, ...edition.sitemaps]) seeds.push({ url: map(f), label: 'feed' });
    for (const s of edition.startUrls) seeds.push({ url: map(s), label: 'listing' });
  }
  return {
    seeds,
    allowedHosts: mirror ? [mirror.base.hostname] : realHosts,
    mirror,
    generic: false,
    targets: chosen.map((c) => c.edition.id),
    listingScopes: [...new Set(chosen.map((c) => commonPrefix(c.edition.startUrls)))],
  };
}
