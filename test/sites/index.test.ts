import { describe, expect, it } from 'vitest';
import { PROFILES, profileFor, SiteProfile } from '../../src/sites/index.js';

const matchesAny = (patterns: readonly string[], url: string) => patterns.some((p) => new RegExp(p, 'u').test(url));

describe('site profiles', () => {
  it('are valid and have the expected editions', () => {
    for (const p of PROFILES) expect(() => SiteProfile.parse(p)).not.toThrow();
    expect(PROFILES.flatMap((p) => p.editions.map((e) => e.id)).sort()).toEqual(
      ['vietnamplus-en', 'vietnamplus-vi', 'vovworld-en', 'vovworld-id', 'vovworld-vi'],
    );
    for (const p of PROFILES) expect(p.utcOffset).toBe('+07:00');
  });

  it.each([
    ['https://vovworld.vn/id-ID/berita/vietnam-berupaya-sukseskan-diplomasi-vaksin-1003286.vov', 'vovworld'],
    ['https://vovworld.vn/news/vietnam-receives-vaccine-doses-1005121.vov5', 'vovworld'],
    ['https://www.vietnamplus.vn/x-post739061.vnp', 'vietnamplus'],
    ['https://en.vietnamplus.vn/x-post207345.vnp', 'vietnamplus'],
  ])('profileFor(%s) is %s', (url, name) => {
    expect(profileFor(url)?.name).toBe(name);
  });

  it('has no profile for other hosts', () => {
    expect(profileFor('https://vnexpress.net/a-1.html')).toBeUndefined();
    expect(profileFor('https://notvietnamplus.vn/x-post1.vnp')).toBeUndefined();
  });

  const vov = PROFILES.find((p) => p.name === 'vovworld');
  const vnp = PROFILES.find((p) => p.name === 'vietnamplus');

  it.each([
    'https://vovworld.vn/id-ID/berita/vietnam-berupaya-sukseskan-diplomasi-vaksin-1003286.vov',
    'https://vovworld.vn/vi-VN/thoi-su/viet-nam-tiep-nhan-vaccine-1004012.vov5',
    'https://vovworld.vn/news/vietnam-receives-vaccine-doses-1005121.vov5',
    'https://vovworld.vn/en-US/news/vietnam-receives-vaccine-doses-1005121.vov?utm_source=rss',
  ])('VOV World article URL %s', (url) => {
    expect(matchesAny(vov?.articleUrlPatterns ?? [], url)).toBe(true);
    expect(matchesAny(vov?.listingUrlPatterns ?? [], url)).toBe(false);
  });

  it.each([
    'https://vovworld.vn/id-ID.vov',
    'https://vovworld.vn/id-ID/berita.vov',
    'https://vovworld.vn/id-ID/berita.vov?trang=2',
    'https://vovworld.vn/en-US/current-affairs.vov5',
    'https://vovworld.vn/zh-CN/%E6%96%B0%E9%97%BB/404.vov',
  ])(
    'VOV World listing URL %s',
    (url) => {
      expect(matchesAny(vov?.listingUrlPatterns ?? [], url)).toBe(true);
      expect(matchesAny(vov?.articleUrlPatterns ?? [], url)).toBe(false);
    },
  );

  it('tells Vietnam+ articles from listings', () => {
    const article = 'https://www.vietnamplus.vn/chien-luoc-ngoai-giao-vaccine-se-co-them-30-trieu-lieu-ve-viet-nam-post739061.vnp';
    expect(matchesAny(vnp?.articleUrlPatterns ?? [], article)).toBe(true);
    expect(matchesAny(vnp?.listingUrlPatterns ?? [], article)).toBe(false);
    for (const listing of ['https://www.vietnamplus.vn/thegioi.vnp', 'https://www.vietnamplus.vn/xahoi/yte.vnp?trang=3', 'https://en.vietnamplus.vn/politics.vnp', 'https://www.vietnamplus.vn/chinhtri/']) {
      expect(matchesAny(vnp?.listingUrlPatterns ?? [], listing)).toBe(true);
      expect(matchesAny(vnp?.articleUrlPatterns ?? [], listing)).toBe(false);
    }
  });

  it('name the related-news and comment headings of both seeds', () => {
    expect(vnp?.boilerplateHeadings).toEqual(expect.arrayContaining(['Tin liên quan', 'Tin mới hơn', 'Tin khác', 'Related news']));
    expect(vov?.boilerplateHeadings).toEqual(expect.arrayContaining(['Komentar', 'Yang lain', 'Related news']));
  });

  it('every start URL and feed belongs to its profile', () => {
    for (const p of PROFILES)
      for (const e of p.editions) for (const u of [...e.startUrls, ...e.feeds, ...e.sitemaps]) expect(profileFor(u)?.name).toBe(p.name);
  });
});
