import { join } from 'node:path';
import { Command } from '@commander-js/extra-typings';
import { CrawlOptions } from '../../crawlers/crawl-options.js';
import type { CrawlSummary } from '../../crawlers/crawl.js';
import { zodReason } from '../../core/index.js';
import { defineCommand, exitWith, UsageError } from '../command.js';
import { logger } from '../log.js';
import { collect, int } from '../options.js';
import { openFeedStore } from '../open-feed-store.js';
import { startProgress } from '../progress.js';

/** The polite defaults live in CrawlOptions; help shows them from there. */
const D = CrawlOptions.parse({});
const SITES = 'vovworld-id|vovworld-vi|vovworld-en|vietnamplus-vi|vietnamplus-en|vovworld|vietnamplus|all|EDITION|URL';

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function report(s: CrawlSummary, out: string, warcFiles: string[]): string {
  const lines = [
    `crawled ${s.targets.join(', ')} in ${(s.durationMs / 1000).toFixed(1)} s: ${s.fetched} pages fetched ` +
      `(${s.byLabel.listing} listings, ${s.byLabel.feed} feeds, ${s.byLabel.article} articles), ` +
      `${s.pagesPerSecond.toFixed(2)} pages/s`,
    `  new articles: ${s.newArticles} (${s.facts} facts); duplicates: ${s.duplicates}`,
    `  skipped: ${s.skipped.seen} already seen, ${s.skipped.robots} by robots.txt, ` +
      `${s.skipped.offsite} outside the allowed hosts, ${s.skipped.depth} listings beyond --max-depth, ` +
      `${s.skipped.scope} listings of other editions; ${s.retries} retries`,
    `  failed: ${s.failed.length}`,
    ...s.failed.map((f) => `    ${f.url}: ${f.reason}`),
    `  output: the feed store, ${join(out, 'articles.jsonl')}, ${join(out, 'facts.jsonl')}, ` +
      `${warcFiles.length} WARC file(s) in ${join(out, 'warc')}`,
  ];
  return `${lines.join('\n')}\n`;
}

type CrawlFlags = {
  profile?: string[];
  site: string;
  maxPages: number;
  maxDepth: number;
  baseUrl?: string;
  allowLoopback: boolean;
  userAgent: string;
  delayMs: number;
  hostConcurrency: number;
  concurrency: number;
  timeoutMs: number;
  maxRetries: number;
  backoffMs: number;
};

/** Loads the --profile files, then the crawl options the flags give, or a usage error naming the bad ones. */
async function crawlOptionsFrom(o: CrawlFlags): Promise<CrawlOptions> {
  const { loadProfileFile } = await import('../../sites/index.js');
  for (const file of o.profile ?? []) loadProfileFile(file);
  const { site, maxPages, maxDepth, baseUrl, allowLoopback, userAgent } = o;
  const { delayMs, hostConcurrency, concurrency, timeoutMs, maxRetries, backoffMs } = o;
  const politeness = { delayMs, hostConcurrency, concurrency, timeoutMs, maxRetries, backoffMs };
  const options = CrawlOptions.safeParse(
    defined({ site, maxPages, maxDepth, baseUrl, allowLoopback, userAgent, ...politeness }),
  );
  if (!options.success)
    throw new UsageError(zodReason(options.error));
  return options.data;
}

/** Locks the data folder, then opens the seen store, WARC writer, JSONL files and feed store the crawl writes. */
async function openCrawlOutputs(o: { out: string; feed?: string; fresh: boolean; warcMaxMb: number }) {
  const [lock, staleTmp, { JsonlAppender }, { FileSeenStore, MemorySeenStore }, { WarcWriter }] =
    await Promise.all([
      import('../../crawlers/data-dir-lock.js'),
      import('../../core/stale-tmp.js'),
      import('../../crawlers/jsonl-append.js'),
      import('../../crawlers/seen-store.js'),
      import('../../crawlers/warc-writer.js'),
    ]);
  const unlock = await lock.lockDataDir(o.out);
  const removed = await staleTmp.removeStaleTmpFiles(o.out);
  if (removed.length > 0)
    logger().info(`removed ${removed.length} temp file(s) left by a crash: ${removed.join(', ')}`);
  const seen = o.fresh ? new MemorySeenStore() : await FileSeenStore.open(join(o.out, 'seen.jsonl'));
  const warc = await WarcWriter.open(join(o.out, 'warc'), { maxFileBytes: o.warcMaxMb * 1024 * 1024 });
  const articles = await JsonlAppender.open(join(o.out, 'articles.jsonl'));
  const facts = await JsonlAppender.open(join(o.out, 'facts.jsonl'));
  const feed = await openFeedStore(o.feed ? { dir: o.feed } : { defaultDir: join(o.out, 'feed') });
  const close = async (): Promise<void> => {
    await Promise.allSettled([warc.close(), articles.close(), facts.close(), seen.close(), feed.close()]);
    await unlock();
  };
  return { seen, warc, articles, facts, feed, close };
}

export const crawlCommand = defineCommand('crawl', () =>
  new Command('crawl')
    .option('--site <site>', `${SITES}: an edition, a profile's editions, every profile, or a start URL`, D.site)
    .option('--max-pages <n>', 'stop after N fetched pages (listings, feeds, articles)', int({ min: 1 }), D.maxPages)
    .option(
      '--max-depth <n>',
      'listing hops from a start page (0: start pages and the articles they list)',
      int(),
      D.maxDepth,
    )
    .option('--out <dir>', 'where WARC files, the feed store, articles.jsonl, facts.jsonl and seen.jsonl go', 'data')
    .option('--feed <dir>', 'the feed store to append to; default: <out>/feed, or Redis when REDIS_URL is set')
    .option('--profile <file>', 'load a site profile (JSON) before the crawl (repeatable)', collect)
    .option(
      '--base-url <url>',
      'crawl a local mirror serving each site under /<host>/<path>, e.g. http://127.0.0.1:8080',
    )
    .option('--allow-loopback', 'allow 127.0.0.1 and private addresses (for --base-url)', D.allowLoopback)
    .option('--user-agent <ua>', 'User-Agent of every request, robots.txt included', D.userAgent)
    .option(
      '--delay-ms <ms>',
      'least time between request starts on one host (robots.txt Crawl-delay raises it)',
      int(),
      D.delayMs,
    )
    .option('--host-concurrency <n>', 'requests in flight per host', int({ min: 1 }), D.hostConcurrency)
    .option('--concurrency <n>', 'requests in flight over all hosts', int({ min: 1 }), D.concurrency)
    .option('--timeout-ms <ms>', 'per request', int({ min: 1 }), D.timeoutMs)
    .option('--max-retries <n>', 'retries of a network error, timeout, 5xx or 429', int(), D.maxRetries)
    .option('--backoff-ms <ms>', 'first retry delay, doubled per retry', int(), D.backoffMs)
    .option('--warc-max-mb <mb>', 'start a new WARC file past this size', int({ min: 1 }), 100)
    .option('--fresh', 'ignore seen.jsonl: fetch every article again', false)
    .option('--json', 'print the summary as JSON on stdout', false)
    .option(
      '--fail-on-error',
      'exit 1 if any page failed (a crawl that fetched nothing and failed exits 1 anyway)',
      false,
    )
    .option('-q, --quiet', 'no progress', false)
    .option('--verbose', "show crawlee's own warnings", false)
    .action(
      exitWith(async (o, cmd) => {
        if (cmd.args.length > 0)
          throw new UsageError(`crawl takes no positional arguments (got "${cmd.args.join(' ')}"); use --site`);
        const options = await crawlOptionsFrom(o);
        const [{ LogLevel }, { preflightCrawl, runCrawl }, { toFeedRecords }] = await Promise.all([
          import('@crawlee/cheerio'),
          import('../../crawlers/crawl.js'),
          import('../../facts/feed-record.js'),
        ]);
        // An unknown site, a refused start URL or no network fails before any file is opened.
        const { unresolvedHosts } = await preflightCrawl(options);
        const log = logger();
        const outputs = await openCrawlOutputs(o);
        const progress = startProgress('crawl', { unit: 'pages', total: options.maxPages, quiet: o.quiet });
        let summary: CrawlSummary;
        try {
          for (const h of unresolvedHosts) log.warn(`cannot resolve ${h}; its pages will fail`);
          summary = await runCrawl(
            { ...options, skipNetworkCheck: true },
            {
              seen: outputs.seen,
              warc: outputs.warc,
              log(line) {
                if (/^(retry|warning)\b/.test(line)) return log.warn(line);
                if (line.startsWith('failed')) log.warn(line);
                else log.debug(line);
                progress.tick();
              },
              crawleeLogLevel: o.verbose ? LogLevel.WARNING : LogLevel.OFF,
              async onArticle(article, info) {
                await outputs.articles.write(article);
                const records = toFeedRecords(article, undefined, { warcRecordId: info.warcRecordId });
                await outputs.feed.append(records);
                for (const record of records) await outputs.facts.write(record);
              },
            },
          );
        } finally {
          progress.stop();
          await outputs.close();
        }
        summary.unresolvedHosts = unresolvedHosts;
        const warcFiles = outputs.warc.files;
        process.stderr.write(report(summary, o.out, warcFiles));
        if (o.json) process.stdout.write(`${JSON.stringify({ ...summary, warcFiles })}\n`);
        const allFailed = summary.fetched === 0 && summary.failed.length > 0;
        return allFailed || (o.failOnError && summary.failed.length > 0) ? 1 : 0;
      }),
    ),
  [
    'newsfacts crawl --site all --max-pages 50',
    'newsfacts crawl --site vovworld-vi --max-depth 1 --out data/vov --json',
    'newsfacts crawl --site https://example.com/news/ --delay-ms 3000',
    'newsfacts crawl --site vovworld-id --base-url http://127.0.0.1:8080 --allow-loopback',
  ],
);
