import { profileSources } from './index.js';

/** One line per known profile and edition, for `newsfacts sites`. */
export function describeSites(): Array<{
  name: string;
  source: string;
  hosts: string[];
  editions: Array<{ id: string; lang: string; startUrls: number; feeds: number; sitemaps: number }>;
}> {
  return profileSources().map(({ profile, source }) => ({
    name: profile.name,
    source,
    hosts: [...profile.hosts],
    editions: profile.editions.map((e) => ({
      id: e.id,
      lang: e.lang,
      startUrls: e.startUrls.length,
      feeds: e.feeds.length,
      sitemaps: e.sitemaps.length,
    })),
  }));
}
