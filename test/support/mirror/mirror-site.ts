import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { Lang } from '../../../src/core/index.js';
import { classifyUrl } from '../../../src/crawlers/discover.js';
import { PROFILES, profileFor } from '../../../src/sites/index.js';
import type { SiteEdition, SiteProfile } from '../../../src/sites/profile.js';

/**
 * The content of the local mirror: both profile sites, laid out as the crawler's MirrorMap expects
 * (`/<real host><real path>`), built from the fixture pages plus small synthetic listings, feeds and
 * articles, and a generic news site under `/generic/`. Everything derives from PROFILES, so the mirror
 * follows the profiles' start URLs and URL patterns.
 */
interface MirrorArticle {
  realUrl: string;
  /** Path on the mirror: `/<host><path>`. */
  path: string;
  edition: string;
  kind: 'fixture' | 'synthetic' | 'fault' | 'duplicate';
}

interface StaticPage {
  status?: number;
  headers: Record<string, string>;
  body: Buffer;
}

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');

export function mirrorPath(realUrl: string): string {
  const u = new URL(realUrl);
  return `/${u.hostname}${u.pathname}`;
}

interface Fixture {
  url: string;
  lang: string;
  listing: boolean;
  body: Buffer;
  charset: string | undefined;
}

function loadFixtures(): Fixture[] {
  if (!existsSync(FIXTURES)) return [];
  const out: Fixture[] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name);
    const src = join(dir, 'source.html');
    if (!existsSync(src)) continue;
    let url: string | undefined;
    let lang = '';
    let listing = false;
    const meta = join(dir, 'expected-metadata.json');
    if (existsSync(meta)) {
      const m = JSON.parse(readFileSync(meta, 'utf8')) as { url?: string; lang?: string; reason?: string };
      url = m.url;
      lang = m.lang ?? '';
      listing = (m.reason ?? '').includes('listing');
    } else if (existsSync(join(dir, 'url.txt'))) {
      url = readFileSync(join(dir, 'url.txt'), 'utf8').trim();
    }
    if (!url) continue;
    const body = readFileSync(src);
    const charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1];
    out.push({ url, lang, listing, body, charset });
  }
  return out;
}

const TEXT: Record<Lang, (n: number, place: string) => { title: string; lead: string; body: string[] }> = {
  id: (n, place) => ({
    title: `Vietnam terima ${n} ribu dosis vaksin untuk ${place}`,
    lead: `(VOVWORLD) - Vietnam pada 6 September 2021 menerima ${n}.000 dosis vaksin AstraZeneca untuk ${place}.`,
    body: [
      `Deputi Menteri Kesehatan mengatakan bahwa ${n}.000 dosis vaksin itu akan segera didistribusikan ke ${place}.`,
      `Sampai sekarang, Vietnam telah menerima lebih dari 30 juta dosis vaksin dari berbagai sumber, termasuk ${n} ribu dosis dari Jepang.`,
    ],
  }),
  vi: (n, place) => ({
    title: `Việt Nam tiếp nhận ${n} nghìn liều vaccine cho ${place}`,
    lead: `Ngày 6/9/2021, Việt Nam đã tiếp nhận thêm ${n}.000 liều vaccine AstraZeneca để phân bổ cho ${place}.`,
    body: [
      `Thứ trưởng Bộ Y tế cho biết ${n}.000 liều vaccine này sẽ được chuyển ngay về ${place} trong tuần tới.`,
      `Đến nay, Việt Nam đã tiếp nhận hơn 30 triệu liều vaccine, trong đó có ${n} nghìn liều từ Nhật Bản.`,
    ],
  }),
  en: (n, place) => ({
    title: `Vietnam receives ${n},000 vaccine doses for ${place}`,
    lead: `Vietnam on September 6, 2021 received ${n},000 doses of the AstraZeneca vaccine for ${place}.`,
    body: [
      `The Deputy Minister of Health said the ${n},000 doses would be sent to ${place} next week.`,
      `Vietnam has so far received more than 30 million vaccine doses, including ${n},000 from Japan.`,
    ],
  }),
};
const PLACES = ['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Quảng Ninh', 'Nghệ An', 'Bình Dương', 'Đồng Nai', 'Khánh Hòa'];

function articleHtml(realUrl: string, lang: Lang, n: number, charset = 'utf-8'): string {
  const t = TEXT[lang](n, PLACES[n % PLACES.length]!);
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="${charset}"><title>${t.title}</title>
<link rel="canonical" href="${realUrl}">
<meta property="article:published_time" content="2021-09-06T10:${String(n % 60).padStart(2, '0')}:00+07:00">
</head><body>
<nav class="menu"><a href="/">Home</a></nav>
<article class="article">
<header class="article__header"><h1 class="article__title">${t.title}</h1></header>
<div class="article__meta"><time datetime="2021-09-06T10:${String(n % 60).padStart(2, '0')}:00+07:00">06/09/2021</time></div>
<div class="article__sapo cms-desc">${t.lead}</div>
<div class="article__body cms-body">${t.body.map((p) => `<p>${p}</p>`).join('\n')}</div>
</article>
<div class="article__related"><a href="https://evil.invalid/tracker-1000001.vov">Related elsewhere</a></div>
</body></html>`;
}

function listingHtml(title: string, links: string[], extra = ''): string {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${title}</title></head><body>
<ul class="lang-list"><li><a href="/vi-VN.vov">Tiếng Việt</a></li><li><a href="/en-US.vov">English</a></li><li><a href="/id-ID.vov">Bahasa Indonesia</a></li></ul>
<h1>${title}</h1>
${links.map((href, i) => `<article class="story"><h2 class="story__heading"><a href="${href}">Story ${i + 1}</a></h2></article>`).join('\n')}
${extra}
</body></html>`;
}

/** A URL on the edition's site that the profile classifies as an article. */
function syntheticArticleUrl(profile: SiteProfile, edition: SiteEdition, n: number): string {
  const start = new URL(edition.startUrls[0]!);
  const id = 1_000_000 + n;
  let url: string;
  if (profile.name === 'vietnamplus') url = `${start.origin}/tin-tong-hop-${edition.id}-so-${n}-post${id}.vnp`;
  else {
    const locale = /^\/([a-z]{2}-[A-Z]{2})/.exec(start.pathname)?.[1];
    url = `${start.origin}/${locale ? `${locale}/` : ''}tin-tuc/bai-${edition.id}-so-${n}-${id}.vov`;
  }
  if (classifyUrl(url, profile) !== 'article') throw new Error(`mirror: ${url} is not an article URL under profile ${profile.name}; update mirror-site.ts`);
  return url;
}

function feedXml(kind: string, urls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${kind}</title>
<atom:link href="https://example.invalid/feed" rel="self"/>
${urls.map((u, i) => `<item><title>Item ${i}</title><link>${u}</link><guid>${u}</guid></item>`).join('\n')}
</channel></rss>`;
}

function sitemapXml(urls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<url><loc>${u}</loc><lastmod>2021-09-06</lastmod></url>`).join('\n')}
</urlset>`;
}

function sitemapIndexXml(urls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `<sitemap><loc>${u}</loc></sitemap>`).join('\n')}
</sitemapindex>`;
}

type FaultKind = 'retry-after' | 'flaky-500' | 'slow' | 'loop' | 'wrong-type' | 'gzip' | 'cp1258' | 'robots-disallowed';

export interface MirrorSite {
  /** Pages by mirror path; a path with a query (`/x?trang=2`) wins over the bare path. */
  pages: Map<string, StaticPage>;
  /** Fault pages by mirror path (served by the server with state). */
  faults: Map<string, { kind: FaultKind; realUrl: string; html: string }>;
  articles: MirrorArticle[];
  robotsTxt: string;
  /** Profile article URLs without a page of their own get a synthetic article (listing fixtures link to such), listing URLs an empty listing. */
  fallbackArticle(path: string): StaticPage | undefined;
}

const html = (s: string, charset = 'utf-8'): StaticPage => ({ headers: { 'content-type': `text/html; charset=${charset}` }, body: Buffer.from(s) });
const xml = (s: string, type = 'application/rss+xml'): StaticPage => ({ headers: { 'content-type': `${type}; charset=utf-8` }, body: Buffer.from(s) });

export function buildMirrorSite(): MirrorSite {
  const pages = new Map<string, StaticPage>();
  const faults: MirrorSite['faults'] = new Map();
  const articles: MirrorArticle[] = [];
  const fixtures = loadFixtures();
  let counter = 0;

  for (const profile of PROFILES) {
    for (const edition of profile.editions) {
      const synth = (): string => {
        const n = ++counter;
        const url = syntheticArticleUrl(profile, edition, n);
        pages.set(mirrorPath(url), html(articleHtml(url, edition.lang, n)));
        articles.push({ realUrl: url, path: mirrorPath(url), edition: edition.id, kind: 'synthetic' });
        return url;
      };
      const mine = fixtures.filter((f) => !f.listing && profileFor(f.url) === profile && f.lang === edition.lang);
      const fixtureUrls = mine.map((f) => f.url);
      for (const f of mine) articles.push({ realUrl: f.url, path: mirrorPath(f.url), edition: edition.id, kind: 'fixture' });
      const s = Array.from({ length: 7 }, synth);
      const [first, ...rest] = edition.startUrls;
      const firstUrl = new URL(first!);
      // Start page 1: fixtures, three synthetic articles, the next page; page 2: two more; page 3+: the same two.
      pages.set(
        mirrorPath(first!) + firstUrl.search,
        html(listingHtml(`${edition.id} home`, [...fixtureUrls, s[0]!, s[1]!, s[2]!, ...rest], `<a href="?trang=2">2</a> <a href="https://news.invalid/id-ID/berita/offsite-1000099.vov">elsewhere</a>`)),
      );
      const paged = (p: number): string => `${mirrorPath(first!)}?trang=${p}`;
      const noFeeds = edition.feeds.length === 0 && edition.sitemaps.length === 0;
      pages.set(paged(2), html(listingHtml(`${edition.id} page 2`, [s[3]!, s[4]!, ...(noFeeds ? [s[6]!] : [])], '<a href="?trang=3">3</a>')));
      for (let p = 3; p <= 10; p++) pages.set(paged(p), html(listingHtml(`${edition.id} page ${p}`, [s[3]!, s[4]!])));
      // The other start pages overlap with the first (each article must still be fetched once).
      const extras: string[] = [];
      if (edition.id === 'vovworld-id') extras.push(...addVovFaults(edition, profile));
      if (edition.id === 'vietnamplus-vi') extras.push(...addVnpFaults(edition, profile));
      rest.forEach((u, i) => {
        pages.set(mirrorPath(u), html(listingHtml(`${edition.id} section ${i}`, [s[0]!, s[5]!, ...(i === rest.length - 1 ? extras : [])])));
      });
      // Feeds list one article also listed and one only in the feed; sitemaps the last synthetic one.
      const dupOf = s[5]!;
      const dupUrl = syntheticArticleUrl(profile, edition, 900 + counter);
      pages.set(mirrorPath(dupUrl), pages.get(mirrorPath(dupOf))!);
      articles.push({ realUrl: dupUrl, path: mirrorPath(dupUrl), edition: edition.id, kind: 'duplicate' });
      for (const f of edition.feeds) pages.set(mirrorPath(f), xml(feedXml(edition.id, [s[1]!, s[6]!, dupUrl])));
      edition.sitemaps.forEach((sm, i) => {
        if (i === 0) {
          const child = `${new URL(sm).origin}/sitemaps/news-2021-9.xml`;
          pages.set(mirrorPath(sm), xml(sitemapIndexXml([child]), 'application/xml'));
          pages.set(mirrorPath(child), xml(sitemapXml([s[6]!]), 'application/xml'));
        } else {
          pages.set(mirrorPath(sm), xml(sitemapXml([s[6]!]), 'application/xml'));
        }
      });
    }
  }
  for (const f of fixtures) {
    const profile = profileFor(f.url);
    const headers = { 'content-type': `text/html; charset=${f.charset ?? 'utf-8'}` };
    if (profile) pages.set(mirrorPath(f.url), { headers, body: f.body });
  }
  addGenericSite(pages, fixtures);

  function addVovFaults(edition: SiteEdition, profile: SiteProfile): string[] {
    const out: string[] = [];
    const add = (kind: FaultKind): void => {
      const n = ++counter;
      const url = syntheticArticleUrl(profile, edition, n).replace('/tin-tuc/', kind === 'robots-disallowed' ? '/rahasia/' : '/tin-tuc/').replace('bai-', `${kind}-`);
      faults.set(mirrorPath(url), { kind, realUrl: url, html: articleHtml(url, edition.lang, n) });
      articles.push({ realUrl: url, path: mirrorPath(url), edition: edition.id, kind: 'fault' });
      out.push(url);
    };
    for (const k of ['retry-after', 'flaky-500', 'slow', 'loop', 'wrong-type', 'gzip', 'robots-disallowed'] as const) add(k);
    return out;
  }
  function addVnpFaults(edition: SiteEdition, profile: SiteProfile): string[] {
    const n = ++counter;
    const url = syntheticArticleUrl(profile, edition, n).replace('tin-tong-hop', 'cp1258');
    faults.set(mirrorPath(url), { kind: 'cp1258', realUrl: url, html: articleHtml(url, edition.lang, n, 'windows-1258') });
    articles.push({ realUrl: url, path: mirrorPath(url), edition: edition.id, kind: 'fault' });
    return [url];
  }

  const robotsTxt = [
    '# newsfacts test mirror',
    'User-agent: SomeOtherBot',
    'Disallow: /',
    '',
    'User-agent: *',
    ...PROFILES.flatMap((p) => p.hosts).map((h) => `Disallow: /${h}/id-ID/rahasia/`),
    'Disallow: /generic/private/',
    '',
  ].join('\n');

  return {
    pages,
    faults,
    articles,
    robotsTxt,
    fallbackArticle(path: string): StaticPage | undefined {
      const m = /^\/([^/]+)(\/.*)$/.exec(path);
      if (!m) return undefined;
      const realUrl = `https://${m[1]}${m[2]}`;
      const profile = profileFor(realUrl);
      if (!profile) return undefined;
      const kind = classifyUrl(realUrl, profile);
      if (kind === 'listing') return html(listingHtml(`empty section ${path}`, []));
      if (kind !== 'article') return undefined;
      const n = [...realUrl].reduce((a, c) => (a * 31 + c.charCodeAt(0)) % 100_000, 7);
      const lang = (profile.editions.find((e) => realUrl.includes(`/${e.id.split('-')[1]}-`))?.lang ?? profile.editions[0]!.lang) as Lang;
      return html(articleHtml(realUrl, lang, n));
    },
  };
}

const GENERIC_ROOT = '/generic/';

/** A site without a profile: a home page linking the non-profile fixtures, dated articles, a private area and off-site links. */
function addGenericSite(pages: Map<string, StaticPage>, fixtures: Fixture[]): void {
  const links: string[] = [];
  for (const f of fixtures) {
    if (profileFor(f.url)) continue;
    const u = new URL(f.url);
    const path = `/generic${u.pathname}${u.search}`;
    pages.set(path, { headers: { 'content-type': `text/html; charset=${f.charset ?? 'utf-8'}` }, body: f.body });
    links.push(path);
  }
  for (let i = 1; i <= 3; i++) {
    const path = `/generic/2021/09/0${i}/vietnam-receives-more-vaccine-doses-part-${i}.html`;
    pages.set(path, html(articleHtml(`http://mirror.invalid${path}`, 'en', 500 + i)));
    links.push(path);
  }
  links.push('/generic/private/2021/09/09/secret-report-about-vaccine-doses.html', 'http://other.invalid/2021/09/06/offsite-article-about-doses.html');
  pages.set(GENERIC_ROOT, html(listingHtml('Generic news', links, '<a href="/generic/tag/vaccine">vaccine</a> <a href="mailto:desk@mirror.invalid">mail</a>')));
  pages.set('/generic/tag/vaccine', html(listingHtml('Tag vaccine', links.slice(0, 2))));
}

/**
 * windows-1258 has ă â ê ô ơ ư đ precomposed but tones only as combining marks: decompose, recompose
 * the vowel marks, leave the tone marks combining, then encode.
 */
export function encode1258(s: string): Buffer {
  const VOWEL_MARKS = new Set(['\u0302', '\u0306', '\u031b']);
  const chars = [...s.normalize('NFD')];
  let out = '';
  for (let i = 0; i < chars.length; ) {
    let base = chars[i++]!;
    let tones = '';
    while (i < chars.length && /\p{M}/u.test(chars[i]!)) {
      const m = chars[i++]!;
      if (VOWEL_MARKS.has(m)) base += m;
      else tones += m;
    }
    out += base.normalize('NFC') + tones;
  }
  return iconv.encode(out, 'windows-1258');
}
