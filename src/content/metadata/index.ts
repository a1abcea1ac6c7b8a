import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { SiteProfile } from '../../sites/profile.js';
import { defaultUtcOffset } from '../../core/languages/index.js';
import { langFromHtmlAttribute } from '../language.js';
import { localeValues, offsetLanguage } from './offset-language.js';
import type { CheerioAPI, PageMetadata } from '../types.js';
import { parseByline, splitNames } from './byline.js';
import { dateFromUrlPath, normaliseIsoDate, parseVisibleDate } from './dates.js';
import { readJsonLd } from './json-ld.js';
import { inPageOffset, onVisibleClock, statedPageOffset } from './page-offset.js';
import { headingOfTitleParts, isTitleSegment, stripTitleTail, withoutSectionParts } from './title.js';
import { inForeignRegion } from './zones.js';

/** Meta names (property, name or itemprop; compared lower-cased) in order of preference. */
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'pubdate',
  'pub_date', 'publishdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date',
  'sailthru.date', 'date', 'dc.date',
];
const MODIFIED_META = ['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'];
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[rel="author"]', '.byline', '.author-name', '.article-author', '.author', '.tac-gia', '.penulis', '.reporter', '.detail__author', '.author_mail', '.read__credit', '.credit', '[class*="author"]',
];
const BYLINE_CLASS = /byline|author|tac-gia|penulis|reporter|credit/iu;
/** How many elements after the headline a lead-in byline line may be. */
const BYLINE_WINDOW = 40;
const BYLINE_LEAD_IN = /^(?:oleh|penulis|reporter|wartawan|pewarta|by|bởi|tác giả)\s*:?\s/iu;
const BREADCRUMB_SELECTORS = ['.breadcrumb a', '.breadcrumbs a', 'nav[aria-label*="readcrumb"] a', '[itemtype*="BreadcrumbList"] [itemprop="name"]', '.bread-crumb a', '.breadcrumb li'];
const HOME = /^(?:trang chủ|trang nhất|home|homepage|beranda|halaman utama|index)$/iu;
const WINDOW_BEFORE = 80;
const WINDOW_AFTER = 400;
/** Longer than this, an element is a container, not a date line. */
const MAX_DATE_TEXT = 160;
const DATE_CLASS = /date|time|publish|posted|meta|byline|ngay|tanggal/iu;
/**
 * A line that opens with an update label dates a revision, not the publication: "Aktualisiert am 19.02.2020",
 * "Updated: …", "Diperbarui …". Not Vietnamese "Cập nhật", which vi news pages put before the article's own time.
 */
const UPDATE_LABEL = /^[^\p{L}\p{N}]*(?:last\s+)?(?:updated|modified|aktualisiert|zuletzt\s+aktualisiert|geändert|mis\s+à\s+jour|modifié|diperbarui)(?![\p{L}])/iu;
/** Paragraph text enough to name the page's language, and the least worth trusting before the whole body is read. */
const PARAGRAPH_SAMPLE = 3000;
const MIN_PARAGRAPH_SAMPLE = 400;
const BODY_SAMPLE = 12000;
/** A title shorter than this ("Bola") could be held by any heading: the first <h1> stays the headline. */
const MIN_HEADLINE_KEY = 12;

/** Reads title, dates, authors, section and canonical URL. Must not modify the document. */
export function readMetadata($: CheerioAPI, url: string, profile: SiteProfile | undefined): PageMetadata {
  const page = pageElements($);
  const metas = readMetaTags($, page.metas);
  const htmlLang = langFromHtmlAttribute(page.first.html?.attribs.lang);
  const locales = localeValues((name) => metas.get(name), httpEquivLanguage($, page.metas));
  const offsetLang = offsetLanguage(htmlLang, locales, () => paragraphText(page));
  const offset = defaultUtcOffset({ profile: profile?.utcOffset, lang: offsetLang, host: hostOf(url) });
  const meta = (...names: string[]): string | null => {
    for (const name of names) {
      const v = metas.get(name);
      if (v) return v;
    }
    return null;
  };
  const metaDate = (names: readonly string[]): string | null => {
    for (const name of names) {
      const d = normaliseIsoDate(metas.get(name), offset);
      if (d) return d;
    }
    return null;
  };
  const ld = readJsonLd($, page.ldScripts);
  const siteName = meta('og:site_name') ?? ld.publisher;

  const titleTag = page.first.title ? $(page.first.title).text().trim() : '';
  const declared = meta('og:title') ?? ld.headline ?? meta('twitter:title');
  const fromHeading = declared || !titleTag ? null : headingOfTitleParts(titleTag, headingTexts(page));
  const rawTitle = declared ?? fromHeading ?? (titleTag || null);
  const title = rawTitle ? stripTitleTail(rawTitle, { siteName, url, suffixes: profile?.titleSuffixes ?? [] }) : null;

  const canonical = page.first.canonical?.attribs.href ?? meta('og:url');
  const machine = firstMachineDate(
    [
      ld.datePublished,
      ...PUBLISHED_META.map((name) => metas.get(name)),
      page.first.datePublished?.attribs.datetime ?? page.first.datePublished?.attribs.content,
      ld.pageDatePublished,
    ],
    offset,
  );
  const visible = () => visibleDate($, page, profile, offset, headlineIndex(page, title));
  const inOffset = machine && inPageOffset(machine.raw, machine.iso, () => statedPageOffset(machineTexts($, page, metas)));
  const published =
    (inOffset && (inOffset.endsWith('+00:00') ? (onVisibleClock(inOffset, visible()) ?? inOffset) : inOffset)) ??
    visible() ??
    dateFromUrlPath(url, offset) ??
    dateFromUrlPath(absolute(canonical, url), offset);
  const modified =
    normaliseIsoDate(ld.dateModified, offset) ??
    metaDate(MODIFIED_META) ??
    normaliseIsoDate(page.first.dateModified?.attribs.datetime ?? page.first.dateModified?.attribs.content, offset);

  const section = readSection($, page, profile, {
    section: meta('article:section'),
    ldSection: ld.section,
    ldCrumbs: ld.breadcrumb,
    title,
    siteName,
  });
  const sectionNames = [section, meta('article:section'), ld.section];
  return {
    title: title ? withoutSectionParts(title, [...sectionNames, sectionHeadline(page, title)]) : null,
    canonicalUrl: absolute(canonical, url),
    publishedAt: published,
    modifiedAt: modified,
    authors: readAuthors($, page, profile, ld.authors, meta(...AUTHOR_META), siteName),
    section,
    htmlLang,
    siteName,
  };
}

/** The text of every <h1>, in page order. */
function headingTexts(page: PageElements): string[] {
  return page.all.filter((el) => el.name === 'h1').map((el) => clean(textOf(el)));
}

/** The first of `raws` that reads as a machine date, with the value as written. */
function firstMachineDate(raws: ReadonlyArray<string | null | undefined>, offset: string): { raw: string; iso: string } | null {
  for (const raw of raws) {
    const iso = normaliseIsoDate(raw, offset);
    if (raw && iso) return { raw, iso };
  }
  return null;
}

/** Every machine-readable text that may state the page's offset: meta contents, JSON-LD, <time datetime>. */
function* machineTexts($: CheerioAPI, page: PageElements, metas: ReadonlyMap<string, string>): Generator<string> {
  yield* metas.values();
  for (const el of page.ldScripts) yield $(el).text();
  for (const el of page.all) if (el.name === 'time' && el.attribs.datetime) yield el.attribs.datetime;
}

const comparable = (s: string): string => s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Where the article's headline is: the first <h1>, unless it does not hold the title (a logo or section <h1>,
 * kompas.com's "Bola" in 2015) and a later <h1>/<h2> does. Dates and bylines are looked for around it.
 */
function headlineIndex(page: PageElements, title: string | null): number {
  const key = title ? comparable(title) : '';
  if (key.length < MIN_HEADLINE_KEY) return page.headline;
  const holds = (el: Element | undefined): boolean => el !== undefined && comparable(textOf(el)).includes(key);
  if (page.headline >= 0 && holds(page.all[page.headline])) return page.headline;
  const at = page.all.findIndex((el) => (el.name === 'h1' || el.name === 'h2') && holds(el));
  return at >= 0 ? at : page.headline;
}

/** The page's first <h1> when it only names a section the title also holds ("Regional"). */
function sectionHeadline(page: PageElements, title: string): string | null {
  const h1 = page.all[page.headline];
  const text = h1 && page.headline >= 0 ? clean(textOf(h1)) : '';
  return text && isTitleSegment(text, title) ? text : null;
}

/** `<meta http-equiv="content-language" content="In-Id">`. */
function httpEquivLanguage($: CheerioAPI, metas: readonly Element[]): string | undefined {
  const el = metas.find((m) => m.attribs['http-equiv']?.toLowerCase() === 'content-language');
  return el ? $(el).attr('content') : undefined;
}

/**
 * The text of the body's paragraphs, in order, up to a few thousand characters; a page that sets its text
 * without <p> (lines split by <br>) gives the whole body's text instead.
 */
function paragraphText(page: PageElements): string {
  let out = '';
  for (const el of page.all) {
    if (el.name !== 'p') continue;
    out += `${textOf(el)} `;
    if (out.length > PARAGRAPH_SAMPLE) return out;
  }
  const body = page.all[0]?.parent;
  return out.length >= MIN_PARAGRAPH_SAMPLE || body?.type !== 'tag' ? out : textOf(body as Element).slice(0, BODY_SAMPLE);
}

function textOf(el: Element): string {
  let out = '';
  for (const c of el.children) out += c.type === 'text' ? c.data : c.type === 'tag' ? textOf(c) : '';
  return out;
}

/** Every <meta> content by its property, name or itemprop (lower-cased; the first of a name wins), read once. */
function readMetaTags($: CheerioAPI, metas: readonly Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of metas) {
    const content = $(el).attr('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = $(el).attr(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href?.trim()) return null;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

const clean = (s: string) => s.replace(/\s+/gu, ' ').trim();

interface PageElements {
  /** Every element inside <body>, in document order. */
  all: Element[];
  /** Index of the first <h1> in `all`, or -1. */
  headline: number;
  metas: Element[];
  /** The document's first <html>, <title>, <link rel=canonical> and [itemprop=…] of each date (itemprop as written). */
  first: Partial<Record<'html' | 'title' | 'canonical' | 'datePublished' | 'dateModified', Element>>;
  /** Every element a generic byline selector can match (and some it does not), in document order. */
  bylineCandidates: Element[];
  /** <script type="application/ld+json"> (type in any case), in document order. */
  ldScripts: Element[];
}

/** An attribute value as css-select compares those HTML defines as case-insensitive (rel, type). */
const sameInAnyCase = (attr: string | undefined, lower: string): boolean =>
  attr !== undefined && attr.length === lower.length && attr.toLowerCase() === lower;

/** One walk of the document instead of several selector scans (`body *` alone cost more than the main-text extraction). */
function pageElements($: CheerioAPI): PageElements {
  const out: PageElements = { all: [], headline: -1, metas: [], first: {}, bylineCandidates: [], ldScripts: [] };
  const { first } = out;
  const walk = (nodes: readonly AnyNode[], inBody: boolean): void => {
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const el = node as Element;
      if (inBody) {
        if (el.name === 'h1' && out.headline < 0) out.headline = out.all.length;
        out.all.push(el);
      }
      if (el.name === 'meta') out.metas.push(el);
      else if (el.name === 'html' || el.name === 'title') first[el.name] ??= el;
      else if (el.name === 'link' && sameInAnyCase(el.attribs.rel, 'canonical')) first.canonical ??= el;
      else if (el.name === 'script' && sameInAnyCase(el.attribs.type, 'application/ld+json')) out.ldScripts.push(el);
      const { itemprop } = el.attribs;
      if (itemprop === 'datePublished' || itemprop === 'dateModified') first[itemprop] ??= el;
      if (mayBeByline(el)) out.bylineCandidates.push(el);
      walk(el.children, inBody || el.name === 'body');
    }
  };
  walk($.root().get(0)?.children ?? [], false);
  return out;
}

/** A superset of what BYLINE_SELECTORS match: testing the few candidates costs less than matching every element. */
function mayBeByline(el: Element): boolean {
  const { itemprop, rel, class: cls } = el.attribs;
  if (itemprop === 'author' || itemprop === 'name' || rel?.toLowerCase() === 'author') return true;
  return cls !== undefined && BYLINE_CLASS.test(cls);
}

/** The visible date nearest the headline, outside sidebars, related lists and comments. */
function visibleDate($: CheerioAPI, page: PageElements, profile: SiteProfile | undefined, offset: string, headline: number): string | null {
  const dateOf = (el: Cheerio<AnyNode>, text: string) =>
    normaliseIsoDate(el.attr('datetime'), offset) ?? (text.length <= MAX_DATE_TEXT ? parseVisibleDate(text, offset) : null);
  for (const sel of profile?.selectors.published ?? []) {
    for (const el of $(sel).toArray()) {
      if (inForeignRegion($, $(el), profile)) continue;
      const d = dateOf($(el), clean($(el).text()));
      if (d) return d;
    }
  }
  const { all } = page;
  const h1 = headline >= 0;
  const anchor = h1 ? headline : 0;
  const own = { region: h1 && headline !== page.headline ? ancestorsOf(all[headline]) : undefined, articleHeaders: true };
  // An article's own date sits in its header, near the headline: a window around it is enough.
  const from = h1 ? Math.max(0, anchor - WINDOW_BEFORE) : 0;
  const to = h1 ? anchor + WINDOW_AFTER : all.length;
  let best: { distance: number; iso: string } | null = null;
  for (let i = from; i < Math.min(to, all.length); i++) {
    const el = all[i];
    if (!el) continue;
    const $el = $(el);
    const isTime = el.tagName === 'time';
    const classy = DATE_CLASS.test(`${$el.attr('class') ?? ''} ${$el.attr('id') ?? ''}`);
    // A bare line just below the headline ("Senin, 6 September 2021 17:30 WIB" in a plain <p>).
    const nearLeaf = !isTime && !classy && i > anchor && i - anchor <= 40 && $el.children().length === 0;
    if (!isTime && !classy && !nearLeaf) continue;
    const text = clean($el.text());
    if (!isTime && text.length > (nearLeaf ? 80 : MAX_DATE_TEXT)) continue;
    if (UPDATE_LABEL.test(text)) continue;
    const d = dateOf($el, text);
    if (!d || inForeignRegion($, $el, profile, own)) continue;
    // Dates after the headline are the article's own far more often than those before it.
    const distance = i >= anchor ? i - anchor : (anchor - i) * 3;
    if (!best || distance < best.distance) best = { distance, iso: d };
  }
  return best?.iso ?? null;
}

/** An element and every element above it. */
function ancestorsOf(el: Element | undefined): Set<Element> {
  const out = new Set<Element>();
  for (let node = el ?? null; node && node.type === 'tag'; node = node.parent as Element | null) out.add(node);
  return out;
}

function readAuthors($: CheerioAPI, page: PageElements, profile: SiteProfile | undefined, ldAuthors: string[], metaAuthor: string | null, siteName: string | null): string[] {
  const site = siteName?.toLowerCase();
  const keep = (names: string[]) => dedupe(names.filter((n) => n.toLowerCase() !== site && !/^https?:|\.(?:com|vn|id|net)$/iu.test(n)));
  const fromLd = keep(ldAuthors.flatMap((a) => parseByline(a) ?? splitNames(a)));
  if (fromLd.length > 0) return fromLd;
  const fromMeta = metaAuthor ? keep(parseByline(metaAuthor) ?? splitNames(metaAuthor)) : [];
  if (fromMeta.length > 0) return fromMeta;
  // The profile's selectors in their order of preference, then any generic byline element, first in the page first.
  const generic = BYLINE_SELECTORS.join(',');
  const matching = (sel: string): Element[] =>
    (sel === generic ? $(page.bylineCandidates).filter(generic) : $(sel)).toArray() as Element[];
  for (const sel of [...(profile?.selectors.author ?? []), generic]) {
    for (const el of matching(sel)) {
      const t = clean($(el).text());
      if (!t || t.length > 90 || inForeignRegion($, $(el), profile)) continue;
      const names = keep(parseByline(t) ?? splitNames(t));
      if (names.length > 0) return names;
    }
  }
  // "Reporter: Dewi Kartika", "Oleh: …" on a plain line just below the headline.
  if (page.headline >= 0) {
    const at = page.headline;
    for (const el of page.all.slice(at + 1, at + 1 + BYLINE_WINDOW)) {
      const t = clean($(el).text());
      if (t.length > 90 || !BYLINE_LEAD_IN.test(t) || inForeignRegion($, $(el), profile)) continue;
      const names = keep(parseByline(t) ?? []);
      if (names.length > 0) return names;
    }
  }
  const bodies = [...(profile?.selectors.body ?? []), '[itemprop="articleBody"]', 'article', '.article-body', '.detail', '.content'];
  const root = $(bodies.join(',')).first();
  if (root.length > 0) {
    const lines = root.find('p').toArray().map((el) => clean($(el).text())).filter(Boolean);
    for (const line of [...lines.slice(-3).reverse(), ...lines.slice(0, 1)]) {
      const names = parseByline(line);
      if (names) return keep(names);
    }
  }
  return [];
}

function readSection(
  $: CheerioAPI,
  page: PageElements,
  profile: SiteProfile | undefined,
  meta: {
    section: string | null;
    ldSection: string | null;
    ldCrumbs: string[];
    title: string | null;
    siteName: string | null;
  },
): string | null {
  const { section: metaSection, ldSection, ldCrumbs, title } = meta;
  const site = meta.siteName?.toLowerCase();
  const usable = (s: string | null | undefined) => {
    const t = s ? clean(s) : '';
    if (site && t.toLowerCase() === site) return null;
    // A breadcrumb that ends in the article's own headline; a listing page's title may be its section.
    const isHeadline = t === title && t.split(' ').length > 3;
    return t && t.length <= 60 && !HOME.test(t) && !isHeadline ? t : null;
  };
  for (const sel of profile?.selectors.section ?? []) {
    for (const el of $(sel).toArray()) {
      const t = usable($(el).text());
      if (t) return t;
    }
  }
  const fromMeta = usable(metaSection) ?? usable(ldSection);
  if (fromMeta) return fromMeta;
  for (const name of ldCrumbs) {
    const t = usable(name);
    if (t) return t;
  }
  // Most pages have no breadcrumb markup: a look at the attributes is far cheaper than the selector scan.
  if (!page.all.some(mayBeBreadcrumb)) return null;
  // One scan for every breadcrumb style: a page has one, so document order is the order of preference.
  for (const el of $(BREADCRUMB_SELECTORS.join(',')).toArray()) {
    const t = usable($(el).text());
    if (t) return t;
  }
  return null;
}

const BREADCRUMB_ATTR = /bread-?crumb/iu;
const namesBreadcrumb = (v: string | undefined): boolean => v !== undefined && BREADCRUMB_ATTR.test(v);

function mayBeBreadcrumb(el: Element): boolean {
  const a = el.attribs;
  return namesBreadcrumb(a.class) || namesBreadcrumb(a['aria-label']) || namesBreadcrumb(a.itemtype);
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
