import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrawl } from '../src/crawlers/crawl.js';
import type { CrawlOptionsInput } from '../src/crawlers/crawl-options.js';
import { MemorySeenStore } from '../src/crawlers/seen-store.js';
import { WarcWriter } from '../src/crawlers/warc-writer.js';
import { startMirror } from '../test/support/mirror/mirror-server.js';
import { startNewsSite } from '../test/support/news-site.js';

/**
 * Crawl throughput against the local mirror (127.0.0.1, no faults on these editions), full pipeline
 * (fetch, WARC, clean, extract): politeness off (no delay, 8 per host) and on (the defaults: 1 per host,
 * 1 s apart). Robots.txt and the seen store are on in both.
 */
export default async function crawlBench(): Promise<void> {
  const mirror = await startMirror();
  const dir = await mkdtemp(join(tmpdir(), 'newsfacts-crawl-bench-'));
  const rows: string[] = [];
  const run = async (label: string, sites: string[], extra: Partial<CrawlOptionsInput>): Promise<void> => {
    let pages = 0;
    let articles = 0;
    let ms = 0;
    for (const site of sites) {
      const warc = await WarcWriter.open(join(dir, label, site));
      const s = await runCrawl(
        { site, baseUrl: mirror.baseUrl, allowLoopback: true, maxPages: 500, ...extra },
        { seen: new MemorySeenStore(), warc },
      );
      await warc.close();
      pages += s.fetched;
      articles += s.newArticles;
      ms += s.durationMs;
    }
    rows.push(`| ${label} | ${sites.join(', ')} | ${pages} (${articles} articles) | ${(ms / 1000).toFixed(2)} | ${(pages / (ms / 1000)).toFixed(1)} |`);
  };
  try {
    await run('politeness off (--delay-ms 0 --host-concurrency 8 --concurrency 8)', ['vovworld-vi', 'vovworld-en', 'vietnamplus-en'], {
      delayMs: 0,
      hostConcurrency: 8,
      concurrency: 8,
    });
    await run('politeness on (defaults: 1 per host, 1000 ms apart)', ['vovworld-en'], {});
    await genericRun(rows, dir);
  } finally {
    await mirror.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log('| mode | editions | pages fetched | seconds | pages/s |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

/**
 * The generic path: a site without a profile (test/support/news-site.ts plus 200 plain articles), every
 * page judged by its markup after the pipeline ran on it; politeness off, faults kept (500 once, 429 once
 * with Retry-After 0).
 */
async function genericRun(rows: string[], dir: string): Promise<void> {
  const site = await startNewsSite({ retryAfterSecs: 0, extraArticles: 200 });
  try {
    const warc = await WarcWriter.open(join(dir, 'generic'));
    const s = await runCrawl(
      { site: site.url, allowLoopback: true, maxPages: 500, delayMs: 0, hostConcurrency: 8, concurrency: 8, backoffMs: 10 },
      { seen: new MemorySeenStore(), warc },
    );
    await warc.close();
    const label = 'generic path, no profile (--site URL, --delay-ms 0 --host-concurrency 8 --concurrency 8)';
    rows.push(`| ${label} | ${site.url} | ${s.fetched} (${s.newArticles} articles) | ${(s.durationMs / 1000).toFixed(2)} | ${s.pagesPerSecond.toFixed(1)} |`);
  } finally {
    await site.close();
  }
}
