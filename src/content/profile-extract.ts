import type { SiteProfile } from '../sites/profile.js';
import type { CheerioAPI, MainContent } from './types.js';

/** Main text through a site profile's selectors; null when they find nothing (the caller falls back). */
export function extractWithProfile(_$: CheerioAPI, _profile: SiteProfile): MainContent | null {
  return null;
}
