import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyUrl, discoverLinks, parseFeedDocument, parseFeedOrSitemap } from '../../src/crawlers/discover.js';
import { PROFILES } from '../../src/sites/index.js';
const vietnamplus = PROFILES.find((p) => p.name === 'vietnamplus')!;
const vovworld = PROFILES.find((p) => p.name === 'vovworld')!;

const listingFixture = join(import.meta.dirname, '../fixtures/pages/vovworld-id-listing-berita/source.html');

describe('discoverLinks', () => {
  it('splits a VOV World listing into articles and listings by the profile patterns', () => {
    const html = readFileSync(listingFixture, 'utf8');
    const { articles, listings } = discoverLinks(html, 'https://vovworld.vn/id-ID/berita.vov', vovworld);
    expect(articles).toContain('https://vovworld.vn/id-ID/berita/vietnam-berupaya-sukseskan-diplomasi-vaksin-1003286.vov');
    expect(articles.every((u) => classifyUrl(u, vovworld) === 'article')).toBe(true);
    expect(new Set(articles).size).toBe(articles.length);
    expect(listings).toContain('https://vovworld.vn/id-ID/berita.vov?trang=2');
    expect(listings.every((u) => u.startsWith('https://vovworld.vn/'))).toBe(true);
  });

  it('keeps only same-host links without a profile, resolving against <base> and dropping fragments', () => {
    const html = `<html><head><base href="https://news.example.invalid/sub/"></head><body>
      <a href="/2021/09/06/vietnam-gets-more-doses.html#top">a</a>
      <a href="world/vietnam-receives-one-million-more-vaccine-doses">b</a>
      <a href="https://other.invalid/2021/09/06/elsewhere.html">c</a>
      <a href="/world">d</a><a href="/img/photo.jpg">e</a><a href="mailto:x@y.invalid">f</a><a href="javascript:void(0)">g</a>
      <link rel="alternate" type="application/rss+xml" href="/rss.xml"></body></html>`;
    const links = discoverLinks(html, 'https://news.example.invalid/sub/index.html', undefined);
    expect(links.articles).toEqual([
      'https://news.example.invalid/2021/09/06/vietnam-gets-more-doses.html',
      'https://news.example.invalid/sub/world/vietnam-receives-one-million-more-vaccine-doses',
    ]);
    expect(links.listings).toEqual(['https://news.example.invalid/world']);
    expect(links.feeds).toEqual(['https://news.example.invalid/rss.xml']);
  });
});

describe('parseFeedOrSitemap', () => {
  it('reads RSS 2.0 items', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link href="https://x.invalid/self" rel="self"/>
      <item><title>A</title><link>https://www.vietnamplus.vn/a-post1.vnp</link></item>
      <item><title>B</title><guid isPermaLink="true">https://www.vietnamplus.vn/b-post2.vnp</guid></item>
      <item><title>C</title><guid isPermaLink="false">tag:123</guid></item></channel></rss>`;
    expect(parseFeedOrSitemap(xml, 'https://www.vietnamplus.vn/rss/home.rss')).toEqual(['https://www.vietnamplus.vn/a-post1.vnp', 'https://www.vietnamplus.vn/b-post2.vnp']);
  });

  it('reads Atom entries, preferring rel=alternate', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="/feed"/>
      <entry><link rel="edit" href="/edit/1"/><link rel="alternate" href="/news/one-1234.html"/></entry>
      <entry><link href="https://site.invalid/news/two-5678.html"/></entry></feed>`;
    const doc = parseFeedDocument(xml, 'https://site.invalid/feed');
    expect(doc.kind).toBe('atom');
    expect(doc.pages).toEqual(['https://site.invalid/news/one-1234.html', 'https://site.invalid/news/two-5678.html']);
  });

  it('reads sitemaps and sitemap indexes', () => {
    const index = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://www.vietnamplus.vn/sitemaps/news-2021-9.xml</loc></sitemap></sitemapindex>`;
    expect(parseFeedDocument(index, 'https://www.vietnamplus.vn/sitemap.xml')).toEqual({ kind: 'sitemapindex', pages: [], sitemaps: ['https://www.vietnamplus.vn/sitemaps/news-2021-9.xml'] });
    const sm = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc> https://www.vietnamplus.vn/a-post1.vnp </loc><news:news><news:title>t</news:title></news:news></url>
      <url><loc>https://www.vietnamplus.vn/a-post1.vnp</loc></url></urlset>`;
    expect(parseFeedOrSitemap(sm, 'https://www.vietnamplus.vn/sitemap.xml')).toEqual(['https://www.vietnamplus.vn/a-post1.vnp']);
    expect(classifyUrl('https://www.vietnamplus.vn/a-post1.vnp', vietnamplus)).toBe('article');
  });

  it('returns nothing for a document that is neither', () => {
    expect(parseFeedDocument('<html><body>hi</body></html>', 'https://x.invalid/').pages).toEqual([]);
  });
});
