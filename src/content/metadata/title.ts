const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · '];

/** Removes a " | Site" tail: a profile suffix, or a last segment that names the site (og:site_name or host). */
export function stripTitleTail(raw: string, ctx: { siteName: string | null; url: string; suffixes: readonly string[] }): string {
  let title = raw.replace(/\s+/gu, ' ').trim();
  for (const suffix of [...ctx.suffixes].sort((a, b) => b.length - a.length)) {
    if (title.endsWith(suffix) && title.length > suffix.length) return title.slice(0, -suffix.length).trim();
  }
  const siteKeys = new Set<string>();
  if (ctx.siteName) siteKeys.add(key(ctx.siteName));
  try {
    const host = new URL(ctx.url).hostname.replace(/^www\./u, '');
    siteKeys.add(key(host));
    siteKeys.add(key(host.split('.')[0] ?? ''));
    siteKeys.add(key(brandLabel(host)));
  } catch {
    // no host to compare with
  }
  siteKeys.delete('');
  let brand = '';
  try {
    brand = key(brandLabel(new URL(ctx.url).hostname));
  } catch {
    // no host
  }
  const namesSite = (part: string) =>
    siteKeys.has(key(part)) ||
    [...siteKeys].some((k) => k.length >= 4 && key(part).startsWith(k)) ||
    endsWithBrand(part, brand);
  for (const sep of SEPARATORS) {
    const i = title.lastIndexOf(sep);
    if (i <= 0) continue;
    if (namesSite(title.slice(i + sep.length))) {
      title = title.slice(0, i).trim();
      break;
    }
  }
  // "Forbes.com: Lexus Readies Another Hybrid", "BBC News - Headline": the site named at the head.
  for (const sep of [': ', ...SEPARATORS]) {
    const i = title.indexOf(sep);
    const rest = title.slice(i + sep.length).trim();
    if (i > 0 && rest.split(' ').length >= 3 && siteKeys.has(key(title.slice(0, i)))) return rest;
  }
  return title;
}

/** Separators a <title> puts between its parts, as the tail stripper knows them plus WordPress's "‹" and "›". */
const TITLE_PART_SEPARATORS = [...SEPARATORS, ' ‹ ', ' › '];

/**
 * A page with only a <title> ("Faire Lieferketten - Evangelisches Jugendwerk in Württemberg (ejw) - EJW"): the
 * <h1> whose text is the title's first part is the headline, and what follows it are site and section names.
 * Null when no heading is such a part.
 */
export function headingOfTitleParts(titleTag: string, headings: readonly string[]): string | null {
  const title = titleTag.replace(/\s+/gu, ' ').trim();
  for (const heading of headings) {
    const h = heading.replace(/\s+/gu, ' ').trim();
    if (h.split(' ').length < 2 || !title.startsWith(h)) continue;
    const rest = title.slice(h.length);
    if (TITLE_PART_SEPARATORS.some((sep) => rest.startsWith(sep) || rest.startsWith(sep.trimEnd() + '\n'))) return h;
  }
  return null;
}

/** Words a masthead has at most: "Die Neue Südtiroler Tageszeitung", "Harian Umum Pikiran Rakyat". */
const MASTHEAD_MAX_WORDS = 5;

/**
 * "Die Neue Südtiroler Tageszeitung" on tageszeitung.it: a short part in capitalised words whose last word is the
 * host's brand. A lower-case word ("Warga Mengungsi ke Masjid", "Großbrand in Stuttgart") makes it a headline.
 */
function endsWithBrand(part: string, brand: string): boolean {
  const words = part.trim().split(/\s+/u);
  const capitalised = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
  return brand.length >= 6 && capitalised && words.length <= MASTHEAD_MAX_WORDS && key(words[words.length - 1] ?? '') === brand;
}

/**
 * A heading that only names the site ("Foreign Policy Magazine" under og:site_name "Foreign Policy"): its
 * masthead, however many words it shares with the headline.
 */
export function namesTheSite(heading: string, siteName: string): boolean {
  const site = key(siteName);
  const words = (t: string) => t.trim().split(/\s+/u).length;
  return site.length >= 4 && key(heading).startsWith(site) && words(heading) <= words(siteName) + 1;
}

const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'or', 'go', 'web', 'sch', 'my', 'biz']);

/** The host's name before its public suffix: "bola.kompas.com" → "kompas", "dunia.news.viva.co.id" → "viva". */
function brandLabel(host: string): string {
  const labels = host.toLowerCase().split('.');
  const n = labels.length;
  const secondLevel = n >= 3 && SECOND_LEVEL.has(labels[n - 2] ?? '') && (labels[n - 1] ?? '').length === 2;
  return labels[n - (secondLevel ? 3 : 2)] ?? '';
}

/** Lower-case letters and digits only: "VnExpress.net" and "vnexpress" compare equal. */
function key(s: string): string {
  return s.toLowerCase().replace(/\.(?:com|net|org|vn|id|co)(?:\.[a-z]{2})?$/u, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Drops the parts of a separated title that name the page's section ("Regional - Banjir di Bekasi" → "Banjir di Bekasi"). */
export function withoutSectionParts(title: string, sections: ReadonlyArray<string | null | undefined>): string {
  const names = new Set(sections.filter((s): s is string => !!s).map((s) => key(s)));
  if (names.size === 0) return title;
  for (const sep of SEPARATORS) {
    const parts = title.split(sep);
    if (parts.length < 2) continue;
    const kept = parts.filter((p) => !names.has(key(p)));
    if (kept.length > 0 && kept.length < parts.length) return kept.join(sep).trim();
  }
  return title;
}

const TITLE_SEPARATORS = /\s+[|\-–—:»·/]\s+/u;

/**
 * A section or site name in an h1 ("Regional") that the page's title holds as one of its separated parts
 * beside a longer headline ("Banjir di Bekasi - Regional - Kompas"): not the article's headline.
 */
export function isTitleSegment(h1: string, docTitle: string): boolean {
  const parts = docTitle.split(TITLE_SEPARATORS).map((p) => p.trim().toLowerCase());
  if (parts.length < 2) return false;
  const h = h1.replace(/\s+/gu, ' ').trim().toLowerCase();
  const words = (t: string) => t.split(' ').filter(Boolean).length;
  return parts.includes(h) && parts.some((p) => p !== h && words(p) > words(h) + 1);
}
