/**
 * The registry of languages: one folder each (`src/core/languages/<lang>/`), imported by content and the
 * extractors. Adding a language is a folder and one line here. Imports core only.
 */
import type { DetectedLang, Lang } from '../index.js';
import { en } from './en/index.js';
import { id } from './id/index.js';
import type { LanguageModule } from './types.js';
import { vi } from './vi/index.js';

export type { LanguageModule } from './types.js';

export const LANGUAGES: Readonly<Record<Lang, LanguageModule>> = { vi, id, en };
const ALL: readonly LanguageModule[] = Object.values(LANGUAGES);

/** One field of every language, concatenated (in registry order). */
type ItemOf<K extends keyof LanguageModule> = LanguageModule[K] extends readonly (infer T)[] ? T : never;

export function allOf<K extends keyof LanguageModule>(field: K): Array<ItemOf<K>> {
  return ALL.flatMap((l) => l[field] as unknown as never[]);
}

/** Every language's zone abbreviations (lower-case) with their offsets. */
export const TIME_ZONES: Readonly<Record<string, string>> = Object.assign({}, ...ALL.map((l) => l.timeZones));

/** The language a host's country-code domain says, if any (".vn" → vi, ".co.id" → id). */
export function languageOfHost(host: string): Lang | undefined {
  const h = host.toLowerCase();
  return ALL.find((l) => l.hostSuffixes.some((s) => h.endsWith(s)))?.lang;
}

/**
 * The UTC offset a page's unzoned times take, decided in one place: the site profile's, else the
 * language's (the page's language, else its host's country), else UTC.
 */
export function defaultUtcOffset(opts: {
  profile?: string | undefined;
  lang?: DetectedLang | undefined;
  host?: string | undefined;
}): string {
  if (opts.profile) return opts.profile;
  const lang = opts.lang && opts.lang !== 'und' ? opts.lang : opts.host ? languageOfHost(opts.host) : undefined;
  return lang ? LANGUAGES[lang].defaultUtcOffset : '+00:00';
}

/** A word list as a pattern alternation (longest first, a space matches any whitespace); words need no escaping. */
export function wordAlternation(words: Iterable<string>): string {
  const uniq = [...new Set(words)].sort((a, b) => b.length - a.length);
  return uniq.length > 0 ? uniq.map((w) => w.replace(/ /g, '\\s+')).join('|') : '(?!)';
}
