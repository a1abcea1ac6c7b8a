import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/index.js';
import { CRAWLABLE, NEWS_ARTICLES, startNewsSite, type NewsSite } from '../support/news-site.js';
import { readJsonl, runCrawlCli, tempDir } from './helpers.js';

let site: NewsSite;
let tmp: { dir: string; cleanup: () => Promise<void> };

beforeEach(async () => {
  site = await startNewsSite({ retryAfterSecs: 1 });
  tmp = await tempDir();
});
afterEach(async () => {
  await site.close();
  await tmp.cleanup();
});

const flags = (out: string) => [
  '--allow-loopback',
  '--out',
  out,
  '--delay-ms',
  '10',
  '--timeout-ms',
  '20000',
  '--max-retries',
  '2',
  '--backoff-ms',
  '50',
];
const byFault = (f: string) => NEWS_ARTICLES.find((a) => a.fault === f)!;

describe('crawl --site URL of a news site without a profile', { timeout: 120_000 }, () => {
  it('recognises every article by the page, retries 500 and 429, obeys robots.txt, and fetches no article twice', async () => {
    const { code, summary } = await runCrawlCli(['--site', site.url, ...flags(tmp.dir)]);
    expect(code).toBe(0);
    expect(summary.failed).toEqual([]);
    const base = site.url.replace(/\/$/, '');
    const articles = await readJsonl<Article>(join(tmp.dir, 'articles.jsonl'));
    // Every article (found from the listings, their second page, the RSS feed and the sitemap), once.
    expect(articles.map((a) => a.url).sort()).toEqual(CRAWLABLE.map((a) => `${base}${a.path}`).sort());
    for (const a of articles) {
      expect(a.facts.length).toBeGreaterThan(0);
      expect(a.site).toBe('127.0.0.1');
    }
    const cp = articles.find((a) => a.url.endsWith(byFault('windows-1258').path))!;
    expect(cp.text).toContain('Đà Nẵng tiêm vaccine cho công nhân');
    expect(summary.byLabel.listing).toBe(2);
    // The 500 and the 429 were each asked twice; robots.txt's page never.
    expect(site.hits(byFault('500-once').path)).toBe(2);
    expect(site.hits(byFault('429-once').path)).toBe(2);
    expect(summary.retries).toBeGreaterThanOrEqual(2);
    expect(site.hits(byFault('robots').path)).toBe(0);
    expect(summary.robotsSkipped).toEqual([`${base}${byFault('robots').path}`]);
    for (const a of CRAWLABLE.filter((x) => !x.fault?.endsWith('-once'))) expect(site.hits(a.path), a.path).toBe(1);

    site.requests.length = 0;
    const second = await runCrawlCli(['--site', site.url, ...flags(tmp.dir)]);
    expect(second.summary.newArticles).toBe(0);
    expect(site.requests.filter((p) => p.startsWith('/tin/'))).toEqual([]);
    expect(site.requests).toContain('/');
    expect((await readJsonl(join(tmp.dir, 'articles.jsonl'))).length).toBe(CRAWLABLE.length);
  });

  it('with --max-depth 0 fetches the pages the home page links to but follows no further listing', async () => {
    const { summary } = await runCrawlCli(['--site', site.url, ...flags(tmp.dir), '--max-depth', '0']);
    // Page 2 is fetched (it might have been an article) but its links are not followed; feeds still are.
    expect(site.hits('/trang-2.html')).toBe(1);
    expect(summary.byLabel.listing).toBe(2);
    expect(summary.newArticles).toBe(CRAWLABLE.length);
  });
});
