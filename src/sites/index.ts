import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewsfactsError, zodReason } from '../core/index.js';
import { SiteProfile } from './profile.js';
import vietnamplusJson from './profiles/vietnamplus.json' with { type: 'json' };
import vovworldJson from './profiles/vovworld.json' with { type: 'json' };

function parseProfile(json: unknown, source: string): SiteProfile {
  const parsed = SiteProfile.safeParse(json);
  if (!parsed.success) {
    const why = zodReason(parsed.error, '(profile)');
    throw new NewsfactsError('site-profile', source, `not a valid site profile: ${why}`, { retryable: false });
  }
  return parsed.data;
}

/** The profiles shipped with newsfacts (`src/sites/profiles/*.json`). A site is a JSON file plus a fixture folder. */
export const PROFILES: readonly SiteProfile[] = [
  parseProfile(vovworldJson, 'src/sites/profiles/vovworld.json'),
  parseProfile(vietnamplusJson, 'src/sites/profiles/vietnamplus.json'),
];

/** Where each known profile came from ("shipped", a file path). */
const known = new Map<string, { profile: SiteProfile; source: string }>();
let envLoaded = false;

/** Reads and validates one profile file (JSON); the error names the file and the field. */
export function readProfileFile(path: string): SiteProfile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new NewsfactsError(
      'site-profile',
      path,
      `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      { retryable: false, cause: err },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new NewsfactsError('site-profile', path, `not JSON: ${(err as Error).message}`, {
      retryable: false,
      cause: err,
    });
  }
  return parseProfile(json, path);
}

/**
 * Adds (or replaces, by name) a profile. A profile that claims a host another profile already has is
 * refused: `profileFor` must never depend on load order.
 */
function registerProfile(profile: SiteProfile, source: string): void {
  ensureLoaded();
  for (const [name, other] of known) {
    if (name === profile.name) continue;
    const clash = profile.hosts.find((h) => other.profile.hosts.includes(h));
    if (clash)
      throw new NewsfactsError(
        'site-profile',
        source,
        `host ${clash} is already in profile ${name} (${other.source})`,
        { retryable: false },
      );
  }
  known.set(profile.name, { profile, source });
}

/** Every `*.json` of a directory, in name order. */
function loadProfileDir(dir: string): SiteProfile[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch (err) {
    throw new NewsfactsError(
      'site-profile',
      dir,
      `cannot list the profiles directory: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      {
        retryable: false,
        cause: err,
      },
    );
  }
  return names.map((n) => {
    const path = join(dir, n);
    const p = readProfileFile(path);
    registerProfile(p, path);
    return p;
  });
}

/** Reads `--profile FILE` and registers it for this process. */
export function loadProfileFile(path: string): SiteProfile {
  const p = readProfileFile(path);
  registerProfile(p, path);
  return p;
}

function ensureLoaded(): void {
  if (envLoaded) return;
  envLoaded = true;
  for (const p of PROFILES) known.set(p.name, { profile: p, source: 'shipped' });
  const dir = process.env.NEWSFACTS_PROFILES;
  if (dir) loadProfileDir(dir);
}

/** Every known profile: the shipped ones, those in `$NEWSFACTS_PROFILES`, and any loaded with `--profile`. */
export function profiles(): SiteProfile[] {
  ensureLoaded();
  return [...known.values()].map((k) => k.profile);
}

/** Known profiles with where each came from, for `newsfacts sites`. */
export function profileSources(): Array<{ profile: SiteProfile; source: string }> {
  ensureLoaded();
  return [...known.values()];
}

/** The profile whose hosts include the URL's host (or a parent domain of it). */
export function profileFor(url: string): SiteProfile | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return profiles().find((p) => p.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}

/** The site edition with this id, and its profile. */
export function editionById(
  id: string,
): { profile: SiteProfile; edition: SiteProfile['editions'][number] } | undefined {
  for (const profile of profiles()) {
    const edition = profile.editions.find((e) => e.id === id);
    if (edition) return { profile, edition };
  }
  return undefined;
}

export { SiteProfile } from './profile.js';
