import { SiteProfile } from './profile.js';

const host = 'https://vovworld.vn';

/** VOV World (Voice of Vietnam's external service); selectors unchecked against live pages. */
export const vovworld = SiteProfile.parse({
  name: 'vovworld',
  hosts: ['vovworld.vn'],
  utcOffset: '+07:00',
  editions: [
    {
      id: 'vovworld-id',
      lang: 'id',
      startUrls: [`${host}/id-ID.vov`, `${host}/id-ID/berita.vov`, `${host}/id-ID/ulasan-berita.vov`, `${host}/id-ID/sosial-politik.vov`],
    },
    {
      id: 'vovworld-vi',
      lang: 'vi',
      startUrls: [`${host}/vi-VN.vov`, `${host}/vi-VN/thoi-su.vov`, `${host}/vi-VN/binh-luan.vov`, `${host}/vi-VN/xa-hoi.vov`],
    },
    {
      id: 'vovworld-en',
      lang: 'en',
      startUrls: [`${host}/en-US.vov`, `${host}/en-US/news.vov`, `${host}/en-US/current-affairs.vov`],
      feeds: [`${host}/en-US/rss/all.rss`],
    },
  ],
  articleUrlPatterns: [
    '^https?://(?:www\\.)?vovworld\\.vn/(?:[a-z]{2}-[A-Z]{2}/)?(?:[a-z0-9-]+/)+[a-z0-9-]+-\\d{4,}\\.vov5?(?:[?#].*)?$',
  ],
  listingUrlPatterns: [
    '^https?://(?:www\\.)?vovworld\\.vn/[a-z]{2}-[A-Z]{2}\\.vov5?(?:[?#].*)?$',
    '^https?://(?:www\\.)?vovworld\\.vn/(?:[a-z]{2}-[A-Z]{2}/)?(?:[a-z0-9-]+/)*[a-z][a-z0-9-]*(?<!-\\d{4,})\\.vov5?(?:[?#].*)?$',
    // Section pages named in the edition's language with a short numeric id (RSSHub: /zh-CN/<section>/404.vov).
    '^https?://(?:www\\.)?vovworld\\.vn/[a-z]{2}-[A-Z]{2}/[^/?#]+/\\d{1,4}\\.vov5?(?:[?#].*)?$',
  ],
  pagination: { param: 'trang', maxPages: 5 },
  selectors: {
    title: ['header.article__header h1', 'h1.article__title', 'h1.article-title', '.article h1', 'h1'],
    lead: ['.article__sapo', '.cms-desc', '.article-header .sapo', '.sapo'],
    body: ['.article__body', '.cms-body', '.text-long', '.detail'],
    published: ['.article__meta time', '.article__meta .time', '.article__header time', '.article-meta .time', '.datetime', 'time'],
    author: ['.article__author', '.author', '.cms-author'],
    section: ['.breadcrumb a', '.article__cate a', '.section-title a'],
    captions: ['.image_desc', 'td.caption', 'figcaption', '.PhotoCMS_Caption', '.caption'],
    remove: [
      '.article__related', '.related', '.related-news', '.story--related', '.article__comment', '.comment',
      '.comments', '#comment', '.box-comment', '.comment-form', '.social', '.share', '.article__share',
      '.article__tags', '.tags', 'form', 'script', 'style', 'noscript', 'iframe',
    ],
    listingLinks: ['.cate-hl .story h2 a', '.cate-list .story h2 a', '.story h2 a', '.story h3 a', '.story__heading a'],
  },
  boilerplateHeadings: [
    'Komentar', 'Yang lain', 'Berita terkait', 'Ý kiến bạn đọc', 'Bình luận', 'Tin liên quan', 'Các tin khác',
    'Tin khác', 'Comments', 'Other news', 'Related news', 'Your comment',
  ],
  titleSuffixes: [' - VOV World', ' | VOV World', ' - VOV5', ' | VOV5'],
});
