import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/content/metadata/byline.js';
import { normaliseIsoDate, parseVisibleDate } from '../../src/content/metadata/dates.js';
import { readMetadata } from '../../src/content/metadata/index.js';
import { stripTitleTail } from '../../src/content/metadata/title.js';
import { profileFor } from '../../src/sites/index.js';

const page = (head: string, body: string) => cheerio.load(`<!DOCTYPE html><html lang="vi"><head>${head}</head><body>${body}</body></html>`);
const URL_VN = 'https://news.example.vn/a-1.html';

describe('visible dates', () => {
  it.each([
    ['15:28 | 15/12/2025', '2025-12-15T15:28:00+07:00'],
    ['Thứ Hai, 06/09/2021 - 17:30', '2021-09-06T17:30:00+07:00'],
    ['06/09/2021 17:30 GMT+7', '2021-09-06T17:30:00+07:00'],
    ['Thứ hai, 6/9/2021, 17:30 (GMT+7)', '2021-09-06T17:30:00+07:00'],
    ['Senin, 6 September 2021 17:30 WIB', '2021-09-06T17:30:00+07:00'],
    ['Rabu, 08 Sep 2021 10:15 WITA', '2021-09-08T10:15:00+08:00'],
    ['Kamis, 9 Sep 2021 08:00 WIT', '2021-09-09T08:00:00+09:00'],
    ['September 6, 2021', '2021-09-06T00:00:00+07:00'],
    ['Sep. 6, 2021 5:30 pm', '2021-09-06T17:30:00+07:00'],
    ['06/09/2021 | 14:33', '2021-09-06T14:33:00+07:00'],
    ['ngày 06 tháng 09 năm 2021', '2021-09-06T00:00:00+07:00'],
    ['04/12/2017 07:23 GMT+7', '2017-12-04T07:23:00+07:00'],
    ['Senin, 06 September 2021 | 14:33', '2021-09-06T14:33:00+07:00'],
    ['Monday, September 06, 2021 20:15', '2021-09-06T20:15:00+07:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseVisibleDate(text, '+07:00')).toBe(iso);
  });

  it('uses the given offset when the text has none, and its own when it has one', () => {
    expect(parseVisibleDate('06/09/2021 17:30', '+00:00')).toBe('2021-09-06T17:30:00+00:00');
    expect(parseVisibleDate('06/09/2021 17:30 GMT+8', '+07:00')).toBe('2021-09-06T17:30:00+08:00');
  });

  it('rejects impossible dates and text without a date', () => {
    expect(parseVisibleDate('31/02/2021', '+07:00')).toBeNull();
    expect(parseVisibleDate('Tổ công tác đã triển khai theo 3 hướng', '+07:00')).toBeNull();
    expect(parseVisibleDate('16-17 triệu liều', '+07:00')).toBeNull();
  });

  it('normalises machine dates to ISO with an offset', () => {
    expect(normaliseIsoDate('2021-09-06T10:30:00Z', '+07:00')).toBe('2021-09-06T10:30:00+00:00');
    expect(normaliseIsoDate('2021-09-06T17:30:00.000+0700', '+00:00')).toBe('2021-09-06T17:30:00+07:00');
    expect(normaliseIsoDate('2021-09-06', '+07:00')).toBe('2021-09-06T00:00:00+07:00');
    expect(normaliseIsoDate('2021/09/06 17:30:00', '+07:00')).toBe('2021-09-06T17:30:00+07:00');
    expect(normaliseIsoDate('not a date', '+07:00')).toBeNull();
    expect(normaliseIsoDate('20090312', '+00:00')).toBe('2009-03-12T00:00:00+00:00');
    expect(normaliseIsoDate('20091312', '+00:00')).toBeNull();
  });
});

describe('readMetadata', () => {
  it('reads the article date from JSON-LD @graph, and its authors and breadcrumb', () => {
    const $ = page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
        {"@type":["NewsArticle"],"headline":"H","datePublished":"2021-09-06T17:30:00+07:00","dateModified":"2021-09-07T08:00:00+07:00",
         "author":[{"@type":"Person","name":"Thu Hương"},{"@type":"Person","name":"Minh Sơn"}]},
        {"@type":"BreadcrumbList","itemListElement":[{"position":2,"name":"Y tế"},{"position":1,"name":"Trang chủ"}]}]}</script>`,
      '<h1>H</h1>',
    );
    const m = readMetadata($, URL_VN, undefined);
    expect(m.publishedAt).toBe('2021-09-06T17:30:00+07:00');
    expect(m.modifiedAt).toBe('2021-09-07T08:00:00+07:00');
    expect(m.authors).toEqual(['Thu Hương', 'Minh Sơn']);
    expect(m.section).toBe('Y tế');
  });

  it('ignores JSON-LD that does not parse and falls back on meta tags', () => {
    const $ = page(
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01" "author": </script>
       <meta property="article:published_time" content="2021-09-06T17:30:00+07:00"><meta name="author" content="Hoài Thu">`,
      '<h1>H</h1>',
    );
    const m = readMetadata($, URL_VN, undefined);
    expect(m.publishedAt).toBe('2021-09-06T17:30:00+07:00');
    expect(m.authors).toEqual(['Hoài Thu']);
  });

  it('reads a pub_date meta written without separators', () => {
    const $ = page('<meta name="pub_date" content="20090312">', '<h1>H</h1>');
    expect(readMetadata($, URL_VN, undefined).publishedAt).toBe('2009-03-12T00:00:00+07:00');
  });

  it('reads itemprop datePublished and <time datetime>', () => {
    expect(readMetadata(page('', '<h1>H</h1><span itemprop="datePublished" content="2021-08-15T09:05:00+07:00">15/8</span>'), URL_VN, undefined).publishedAt).toBe('2021-08-15T09:05:00+07:00');
    expect(readMetadata(page('', '<h1>H</h1><p><time datetime="2021-08-15T09:05:00+07:00">Chủ Nhật</time></p>'), URL_VN, undefined).publishedAt).toBe('2021-08-15T09:05:00+07:00');
  });

  it('takes the visible date nearest the headline, never one from related lists, sidebars or comments', () => {
    const $ = page(
      '',
      `<div class="site-top"><span class="date-now">Thứ Hai, 15/12/2025</span></div>
       <aside><ul><li>Tin A <span class="time">15:28 | 15/12/2025</span></li></ul></aside>
       <article><h1>Chiến lược ngoại giao vaccine</h1><div class="meta"><span class="date">Thứ Hai, 06/09/2021 - 17:30</span></div>
         <p>Thân bài.</p>
         <section><h3>Tin liên quan</h3><div><span class="time">20:51 | 14/12/2025</span></div></section>
         <div class="comments"><span class="time">07/09/2021 11:02</span></div></article>`,
    );
    expect(readMetadata($, URL_VN, undefined).publishedAt).toBe('2021-09-06T17:30:00+07:00');
  });

  it('gives no date when the only dates are in related lists', () => {
    const $ = page('', `<h1>Bài viết</h1><p>Thân bài.</p><div class="box"><h3>Tin khác</h3><div><span class="time">15:28 | 15/12/2025</span></div></div>`);
    expect(readMetadata($, URL_VN, undefined).publishedAt).toBeNull();
  });

  it('uses a profile\'s UTC offset for visible dates without a zone', () => {
    const $ = page('', '<header class="article__header"><h1>T</h1><div class="article__meta"><time>06/09/2021 | 14:33</time></div></header>');
    const profile = profileFor('https://vovworld.vn/id-ID/berita/x-1003286.vov');
    expect(readMetadata($, 'https://vovworld.vn/id-ID/berita/x-1003286.vov', profile).publishedAt).toBe('2021-09-06T14:33:00+07:00');
  });

  it('strips the site tail from the title and makes the canonical URL absolute', () => {
    const $ = page('<title>Thêm 1,6 triệu liều vaccine - Tuổi Trẻ Online</title><meta property="og:site_name" content="Tuổi Trẻ Online"><link rel="canonical" href="/a-1.html">', '<h1>x</h1>');
    const m = readMetadata($, 'https://tuoitre.example.vn/path/?q=1', undefined);
    expect(m.title).toBe('Thêm 1,6 triệu liều vaccine');
    expect(m.canonicalUrl).toBe('https://tuoitre.example.vn/a-1.html');
    expect(m.htmlLang).toBe('vi');
  });

  it('reads a "Name/Vietnam+" byline at the end of the body and section from article:section', () => {
    const $ = page('<meta property="article:section" content="Thế giới">', '<h1>T</h1><article><p>Thân bài dài.</p><p><strong>Minh Sơn/Vietnam+</strong></p></article>');
    const m = readMetadata($, URL_VN, undefined);
    expect(m.authors).toEqual(['Minh Sơn']);
    expect(m.section).toBe('Thế giới');
  });

  it('takes the first <title>, a canonical link whose rel is in any case, itemprop dates as written, a nested author', () => {
    const $ = page(
      '<title>Giá xăng giảm mạnh</title><link rel="Canonical" href="/a-2.html"><link rel="canonical" href="/a-3.html">',
      '<svg><title>icon</title></svg><span itemprop="DatePublished" content="2020-01-01T00:00:00+07:00"></span>' +
        '<span itemprop="datePublished" content="2021-09-06T10:00:00+07:00"></span>' +
        '<div itemprop="author"><span itemprop="name">Nguyễn Văn An</span>' +
        '<span>phóng viên ban Kinh tế, theo dõi thị trường xăng dầu và năng lượng từ năm 2015 đến nay</span></div>',
    );
    const m = readMetadata($, URL_VN, undefined);
    expect(m.title).toBe('Giá xăng giảm mạnh');
    expect(m.canonicalUrl).toBe('https://news.example.vn/a-2.html');
    expect(m.publishedAt).toBe('2021-09-06T10:00:00+07:00');
    // The author element's text is too long for a byline: its itemprop=name child is the one.
    expect(m.authors).toEqual(['Nguyễn Văn An']);
  });

  it('does not modify the document', () => {
    const $ = page('<title>T | Site</title><script type="application/ld+json">{"@type":"NewsArticle"}</script>', '<h1>T</h1><aside><span class="time">15:28 | 15/12/2025</span></aside><p>Minh Sơn/Vietnam+</p>');
    const before = $.html();
    readMetadata($, URL_VN, profileFor('https://www.vietnamplus.vn/x-post1.vnp'));
    expect($.html()).toBe(before);
  });
});

describe('title tails and bylines', () => {
  it('strips profile suffixes and tails naming the site or host', () => {
    expect(stripTitleTail('Chiến lược vaccine | Vietnam+ (VietnamPlus)', { siteName: null, url: 'https://www.vietnamplus.vn/', suffixes: [' | Vietnam+ (VietnamPlus)'] })).toBe('Chiến lược vaccine');
    expect(stripTitleTail('Vaksin tiba - Kompas.com', { siteName: null, url: 'https://www.kompas.com/x', suffixes: [] })).toBe('Vaksin tiba');
    expect(stripTitleTail('Việt Nam - Nhật Bản hợp tác y tế', { siteName: 'Báo X', url: 'https://baox.vn/', suffixes: [] })).toBe('Việt Nam - Nhật Bản hợp tác y tế');
  });

  it('strips a head naming the site, but not a head that is part of the headline', () => {
    const at = (url: string, siteName: string | null = null) => ({ siteName, url, suffixes: [] });
    expect(stripTitleTail('Forbes.com: Lexus Readies Another Hybrid', at('https://www.forbes.com/2005/x.html'))).toBe('Lexus Readies Another Hybrid');
    expect(stripTitleTail('BBC News - Storm closes the M4 bridge', at('https://www.bbc.co.uk/news/1', 'BBC News'))).toBe('Storm closes the M4 bridge');
    expect(stripTitleTail('Kompas: Banjir', at('https://www.kompas.com/x'))).toBe('Kompas: Banjir');
    expect(stripTitleTail('Vietnam: floods close schools in Hue', at('https://www.forbes.com/x'))).toBe('Vietnam: floods close schools in Hue');
  });

  it.each([
    ['Minh Sơn/Vietnam+', ['Minh Sơn']],
    ['Thu Hằng (TTXVN/Vietnam+)', ['Thu Hằng']],
    ['Oleh: Rina Anggraeni', ['Rina Anggraeni']],
    ['Penulis: Rina Anggraeni | Editor: Bagus Santoso', ['Rina Anggraeni']],
    ['Reporter: Yohanes Seo', ['Yohanes Seo']],
    ['By Jane Tran and Peter Hoang', ['Jane Tran', 'Peter Hoang']],
  ])('%s is a byline', (line, names) => {
    expect(parseByline(line)).toEqual(names);
  });

  it('does not take sentences for bylines', () => {
    expect(parseByline('Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ cho biết như vậy.')).toBeNull();
    expect(parseByline('Ảnh minh họa. (Ảnh: Minh Sơn/Vietnam+)')).toBeNull();
  });
});

describe('the Vietnam+ seed page without its machine-readable date', () => {
  const dir = join(import.meta.dirname, '../fixtures/pages/vietnamplus-vi-ngoai-giao-vaccine');
  const url = 'https://www.vietnamplus.vn/chien-luoc-ngoai-giao-vaccine-se-co-them-30-trieu-lieu-ve-viet-nam-post739061.vnp';
  const source = readFileSync(join(dir, 'source.html'), 'utf8')
    .replace(/<meta property="article:(?:published|modified)_time"[^>]*>/gu, '')
    .replace(' datetime="2021-09-06T17:30:00+07:00"', '');

  it('takes the header\'s visible date, not the related lists\' "15:28 | 15/12/2025" ones', () => {
    expect(source).not.toMatch(/published_time|datetime="2021/u);
    expect(readMetadata(cheerio.load(source), url, profileFor(url)).publishedAt).toBe('2021-09-06T17:30:00+07:00');
    expect(readMetadata(cheerio.load(source), url, undefined).publishedAt).toBe('2021-09-06T17:30:00+07:00');
  });

  it('has no date at all when the header\'s is gone too', () => {
    const bare = source.replace(/<time class="time">[^<]*<\/time>/u, '').replace(/<[^>]*class="date-now"[^>]*>[^<]*<\/div>/u, '');
    expect(bare).not.toMatch(/06\/09\/2021|Thứ Hai, 15\/12\/2025/u);
    expect(bare).toContain('15:28 | 15/12/2025');
    expect(readMetadata(cheerio.load(bare), url, profileFor(url)).publishedAt).toBeNull();
    expect(readMetadata(cheerio.load(bare), url, undefined).publishedAt).toBeNull();
  });
});
