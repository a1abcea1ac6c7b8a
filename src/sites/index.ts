import type { SiteProfile } from './profile.js';
import { vietnamplus } from './vietnamplus.js';
import { vovworld } from './vovworld.js';

/** Every site profile, validated. A site is a file here plus a fixture folder. */
export const PROFILES: readonly SiteProfile[] = [vovworld, vietnamplus];

/** The profile whose hosts include the URL's host (or a parent domain of it). */
export function profileFor(url: string): SiteProfile | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return PROFILES.find((p) => p.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}

export { SiteProfile } from './profile.js';
