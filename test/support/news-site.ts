import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeWindows1258 } from './encode-windows-1258.js';

/**
 * A small Vietnamese news site without a profile, on 127.0.0.1: a home listing and a second listing page,
 * article pages at /tin/a1.html … (each recognised by a different signal: JSON-LD NewsArticle, og:type,
 * article:published_time, ReportageNewsArticle, or only its text and visible date), one in windows-1258,
 * one that answers 500 once, one that answers 429 with Retry-After once, one disallowed by robots.txt,
 * one listed only in the RSS feed and one only in sitemap.xml.
 */
export interface NewsSiteArticle {
  path: string;
  /** What makes the page an article. */
  signal: 'json-ld' | 'og-type' | 'published-meta' | 'reportage' | 'text-and-date';
  fault?: '500-once' | '429-once' | 'windows-1258' | 'robots' | 'rss-only' | 'sitemap-only';
  title: string;
  day: number;
}

export const NEWS_ARTICLES: NewsSiteArticle[] = [
  { path: '/tin/a1.html', signal: 'json-ld', title: 'Việt Nam nhận thêm vaccine từ Nhật Bản', day: 6 },
  { path: '/tin/a2.html', signal: 'og-type', fault: '500-once', title: 'Hà Nội mở rộng điểm tiêm chủng', day: 7 },
  {
    path: '/tin/a3.html',
    signal: 'published-meta',
    fault: '429-once',
    title: 'Thành phố Hồ Chí Minh nhận lô vaccine mới',
    day: 8,
  },
  {
    path: '/tin/a4.html',
    signal: 'text-and-date',
    fault: 'windows-1258',
    title: 'Đà Nẵng tiêm vaccine cho công nhân',
    day: 9,
  },
  { path: '/tin/a5.html', signal: 'reportage', title: 'Cần Thơ hoàn thành tiêm mũi một', day: 10 },
  { path: '/tin/a6.html', signal: 'json-ld', title: 'Huế tiếp nhận vaccine Pfizer', day: 11 },
  {
    path: '/tin/a7.html',
    signal: 'og-type',
    fault: 'rss-only',
    title: 'Quảng Ninh tiêm vaccine cho học sinh',
    day: 12,
  },
  { path: '/tin/a8.html', signal: 'json-ld', fault: 'sitemap-only', title: 'Nghệ An nhận vaccine Moderna', day: 13 },
  { path: '/tin/bi-mat.html', signal: 'json-ld', fault: 'robots', title: 'Trang không được thu thập', day: 14 },
];

/** Articles a polite crawl must extract (all but the robots-disallowed one). */
export const CRAWLABLE = NEWS_ARTICLES.filter((a) => a.fault !== 'robots');

function articleBody(a: NewsSiteArticle, n: number): string[] {
  const doses = (n + 1) * 100_000;
  return [
    `Ngày ${a.day}/9/2021, Bộ Y tế cho biết Việt Nam đã tiếp nhận ${doses.toLocaleString('de-DE')} liều vaccine phòng COVID-19 do Nhật Bản trao tặng.`,
    `Theo kế hoạch, số vaccine này sẽ được phân bổ cho các tỉnh phía Nam trong tháng 9/2021 để tiêm cho người dân và lực lượng tuyến đầu.`,
    `Lãnh đạo Bộ Y tế cho biết các địa phương cần đẩy nhanh tốc độ tiêm chủng, bảo đảm an toàn và không để lãng phí vaccine trong đợt này.`,
    `Đến nay cả nước đã tiêm hơn ${20 + n} triệu liều vaccine, trong đó nhiều tỉnh đã hoàn thành tiêm mũi một cho người từ 18 tuổi trở lên.`,
  ];
}

function head(a: NewsSiteArticle, url: string, charset: string): string {
  const iso = `2021-09-${String(a.day).padStart(2, '0')}T08:30:00+07:00`;
  const ld = (type: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': type, headline: a.title, datePublished: iso })}</script>`;
  const meta: Record<NewsSiteArticle['signal'], string> = {
    'json-ld': ld('NewsArticle'),
    reportage: ld('ReportageNewsArticle'),
    'og-type': '<meta property="og:type" content="article">',
    'published-meta': `<meta property="article:published_time" content="${iso}">`,
    'text-and-date': '',
  };
  return `<meta charset="${charset}"><title>${a.title} - Tin Nhanh</title><link rel="canonical" href="${url}">${meta[a.signal]}`;
}

function newsArticleHtml(a: NewsSiteArticle, base: string, n: number): string {
  const charset = a.fault === 'windows-1258' ? 'windows-1258' : 'utf-8';
  const url = `${base}${a.path}`;
  return `<!DOCTYPE html><html lang="vi"><head>${head(a, url, charset)}</head><body>
<header><a href="/">Tin Nhanh</a> <a href="/trang-2.html">Tin cũ hơn</a></header>
<main><h1>${a.title}</h1><p class="date">Thứ hai, ${a.day}/9/2021 08:30</p>
${articleBody(a, n)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}</main>
<aside><a href="/tin/a1.html">${NEWS_ARTICLES[0]!.title}</a></aside>
<footer>Bản quyền Tin Nhanh</footer></body></html>`;
}

function listingHtml(title: string, items: NewsSiteArticle[], next: string | undefined): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>
<header><a href="/">Tin Nhanh</a></header><h1>${title}</h1>
<ul>${items.map((a) => `<li><a href="${a.path}">${a.title}</a></li>`).join('\n')}</ul>
${next ? `<a href="${next}">Trang sau</a>` : ''}<footer>Bản quyền Tin Nhanh</footer></body></html>`;
}

export interface NewsSite {
  url: string;
  /** Requests by path (query included), in order. */
  requests: string[];
  hits(path: string): number;
  close(): Promise<void>;
}

const linked = (f: NewsSiteArticle['fault']) => f !== 'rss-only' && f !== 'sitemap-only';

/** Starts the site on a free port of 127.0.0.1. */
/** `extraArticles` plain articles (/tin/b1.html …, JSON-LD) are added to the second listing page (bench). */
export async function startNewsSite(
  opts: { retryAfterSecs?: number; latencyMs?: number; extraArticles?: number } = {},
): Promise<NewsSite> {
  const requests: string[] = [];
  const counts = new Map<string, number>();
  let base = '';
  const extra: NewsSiteArticle[] = Array.from({ length: opts.extraArticles ?? 0 }, (_, i) => ({
    path: `/tin/b${i + 1}.html`,
    signal: 'json-ld',
    title: `Bản tin tiêm chủng số ${i + 1}`,
    day: (i % 28) + 1,
  }));
  const all = [...NEWS_ARTICLES, ...extra];
  const onHome = NEWS_ARTICLES.filter((a) => linked(a.fault)).slice(0, 4);
  const onPage2 = [...NEWS_ARTICLES.filter((a) => linked(a.fault)).slice(4), ...extra];

  function answer(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    requests.push(path);
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    const html = (body: string | Buffer, type = 'text/html; charset=utf-8') => {
      res.writeHead(200, { 'content-type': type });
      res.end(body);
    };
    if (path === '/robots.txt')
      return html(`User-agent: *\nDisallow: /tin/bi-mat.html\nSitemap: ${base}/sitemap.xml\n`, 'text/plain');
    if (path === '/') return html(listingHtml('Tin Nhanh: tin mới', onHome, '/trang-2.html'));
    if (path === '/trang-2.html') return html(listingHtml('Tin Nhanh: trang 2', onPage2, undefined));
    if (path === '/rss.xml') {
      const items = NEWS_ARTICLES.filter((a) => a.fault !== 'sitemap-only').map(
        (a) => `<item><title>${a.title}</title><link>${base}${a.path}</link></item>`,
      );
      return html(
        `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin Nhanh</title>${items.join('')}</channel></rss>`,
        'application/rss+xml',
      );
    }
    if (path === '/sitemap.xml') {
      const urls = NEWS_ARTICLES.map((a) => `<url><loc>${base}${a.path}</loc></url>`);
      return html(
        `<?xml version="1.0" encoding="utf-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`,
        'application/xml',
      );
    }
    const i = all.findIndex((x) => x.path === path);
    const a = all[i];
    if (!a) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return void res.end('not found');
    }
    if (a.fault === '500-once' && n === 1) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      return void res.end('server error');
    }
    if (a.fault === '429-once' && n === 1) {
      res.writeHead(429, { 'content-type': 'text/plain', 'retry-after': String(opts.retryAfterSecs ?? 1) });
      return void res.end('slow down');
    }
    const page = newsArticleHtml(a, base, i);
    if (a.fault === 'windows-1258') return html(encodeWindows1258(page), 'text/html; charset=windows-1258');
    return html(page);
  }

  const server: Server = createServer((req, res) => {
    if (opts.latencyMs) setTimeout(() => answer(req, res), opts.latencyMs);
    else answer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/`,
    requests,
    hits: (p) => requests.filter((r) => r === p).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
