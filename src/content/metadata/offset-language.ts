import type { DetectedLang, Lang } from '../../core/index.js';
import { functionWordLanguage, langFromHtmlAttribute } from '../language.js';

/** Metas that name the page's locale ("id_ID", "vi-VN", "In-Id"), read by name, property or itemprop. */
const LOCALE_METAS = ['og:locale', 'language', 'content-language', 'dc.language', 'inlanguage'];
/** Enough text for function words to decide; more only costs time. */
const TEXT_SAMPLE = 12000;

const ours = (lang: DetectedLang | undefined): Lang | undefined => (lang === 'vi' || lang === 'id' ? lang : undefined);

/**
 * The language whose UTC offset a page's zone-less times take. `<html lang>` is often a theme default ("en" on
 * Indonesian sites, or absent), so a declared vi/id wins, then a vi/id locale meta, then the language the
 * page's own paragraphs are written in (function words, vi/id only); else the declared language as before.
 */
export function offsetLanguage(
  htmlLang: DetectedLang | undefined,
  locales: ReadonlyArray<string | null | undefined>,
  paragraphs: () => string,
): DetectedLang | undefined {
  const declared = ours(htmlLang);
  if (declared) return declared;
  for (const v of locales) {
    const lang = ours(langFromHtmlAttribute(v ?? undefined));
    if (lang) return lang;
  }
  return ours(functionWordLanguage(paragraphs().slice(0, TEXT_SAMPLE))) ?? htmlLang;
}

export function localeValues(meta: (name: string) => string | undefined, httpEquiv: string | undefined): Array<string | undefined> {
  return [...LOCALE_METAS.map(meta), httpEquiv];
}
