import { SiteProfile } from './profile.js';

/** Vietnam+ (TTXVN), current `article__*` / `cms-*` template; selectors unchecked against live pages. */
export const vietnamplus = SiteProfile.parse({
  name: 'vietnamplus',
  hosts: ['vietnamplus.vn'],
  utcOffset: '+07:00',
  editions: [
    {
      id: 'vietnamplus-vi',
      lang: 'vi',
      startUrls: [
        'https://www.vietnamplus.vn/',
        'https://www.vietnamplus.vn/thegioi.vnp',
        'https://www.vietnamplus.vn/xahoi.vnp',
        'https://www.vietnamplus.vn/xahoi/yte.vnp',
        'https://www.vietnamplus.vn/chinhtri.vnp',
      ],
      feeds: [
        'https://www.vietnamplus.vn/rss/home.rss',
        'https://www.vietnamplus.vn/rss/thegioi.rss',
        'https://www.vietnamplus.vn/rss/kinhte.rss',
      ],
      sitemaps: ['https://www.vietnamplus.vn/sitemap.xml', 'https://www.vietnamplus.vn/sitemaps/google-news.xml'],
    },
    {
      id: 'vietnamplus-en',
      lang: 'en',
      startUrls: ['https://en.vietnamplus.vn/', 'https://en.vietnamplus.vn/politics.vnp', 'https://en.vietnamplus.vn/society.vnp'],
      feeds: ['https://en.vietnamplus.vn/rss/news.rss'],
      sitemaps: [],
    },
  ],
  articleUrlPatterns: ['^https?://(?:www\\.|en\\.)?vietnamplus\\.vn/(?:[a-z0-9-]+/)*[a-z0-9-]+-post\\d+\\.vnp(?:[?#].*)?$'],
  listingUrlPatterns: [
    '^https?://(?:www\\.|en\\.)?vietnamplus\\.vn/?(?:[?#].*)?$',
    '^https?://(?:www\\.|en\\.)?vietnamplus\\.vn/(?:[a-z0-9-]+/)*(?![a-z0-9-]*-post\\d+\\.vnp)[a-z0-9-]+\\.vnp(?:[?#].*)?$',
    // Section pages without an extension (RSSHub reads zh.vietnamplus.vn/politics/).
    '^https?://(?:www\\.|en\\.)?vietnamplus\\.vn/[a-z0-9-]+(?:/[a-z0-9-]+)?/(?:[?#].*)?$',
  ],
  pagination: { param: 'trang', maxPages: 5 },
  selectors: {
    title: ['h1.article__title', 'h1.cms-title', 'header.article-header h1', 'h1'],
    lead: ['.article__sapo', '.cms-desc', '.article-header .sapo', '.sapo'],
    body: ['.article__body', '.zce-content-body', '.cms-body', '.article-body'],
    published: ['.article__meta time', 'time[datetime]', '.article__meta .time', 'p.meta time'],
    author: ['.article__author .author', '.author.cms-author', '.article__source', 'span.author'],
    section: ['.breadcrumb.breadcrumb-detail h2 a', '.breadcrumb-detail a', '.breadcrumb a'],
    captions: ['figcaption', '.PhotoCMS_Caption', '.article-photo', 'td.caption', '.image-caption'],
    remove: [
      '.article__related', '.related-news', '.box-related', '.story--related', '.article-relate',
      '.social', '.article__social', '.share', '.article__share', '.article__tag', '.tags',
      '.comment', '.comments', '#comment', '.box-comment', 'script', 'style', 'noscript', 'iframe',
      '.ads', '.banner', '.quangcao',
    ],
    listingLinks: ['.abf-cate .story h2 a', '.timeline .story h2 a', '.story h2 a', '.story h3 a', '.story__heading a', 'h2.story__title a'],
  },
  boilerplateHeadings: ['Tin liên quan', 'Tin mới hơn', 'Tin cũ hơn', 'Tin khác', 'Related news', 'Other news', 'Bình luận'],
  titleSuffixes: [' | Vietnam+ (VietnamPlus)', ' | Vietnam+', ' | VietnamPlus', ' - Vietnam+', ' | Vietnam+ (VietnamPlus) English'],
});
