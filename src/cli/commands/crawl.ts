import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LogLevel } from '@crawlee/cheerio';
import { z } from 'zod';
import { CrawlOptions } from '../../crawlers/crawl-options.js';
import { preflightCrawl, runCrawl, type CrawlSummary } from '../../crawlers/crawl.js';
import { lockDataDir, removeStaleTmpFiles } from '../../crawlers/data-dir-lock.js';
import { JsonlAppender } from '../../crawlers/jsonl-append.js';
import { FileSeenStore, MemorySeenStore, type SeenStore } from '../../crawlers/seen-store.js';
import { WarcWriter } from '../../crawlers/warc-writer.js';
import { toFeedRecords } from '../../facts/feed-record.js';
import { loadProfileFile } from '../../sites/index.js';
import { openFeedStore } from '../open-feed-store.js';
import { UsageError, type Command } from '../command.js';

const int = (name: string) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .optional();

const Flags = z.object({
  site: z.string().optional(),
  'max-pages': int('--max-pages'),
  'max-depth': int('--max-depth'),
  out: z.string().min(1).default('data'),
  feed: z.string().min(1).optional(),
  profile: z.array(z.string().min(1)).default([]),
  'base-url': z.string().optional(),
  'allow-loopback': z.boolean().default(false),
  'user-agent': z.string().optional(),
  'delay-ms': int('--delay-ms'),
  'host-concurrency': int('--host-concurrency'),
  concurrency: int('--concurrency'),
  'timeout-ms': int('--timeout-ms'),
  'max-retries': int('--max-retries'),
  'backoff-ms': int('--backoff-ms'),
  'warc-max-mb': int('--warc-max-mb'),
  fresh: z.boolean().default(false),
  json: z.boolean().default(false),
  quiet: z.boolean().default(false),
  verbose: z.boolean().default(false),
});

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function report(s: CrawlSummary, out: string, warcFiles: string[]): string {
  const lines = [
    `crawled ${s.targets.join(', ')} in ${(s.durationMs / 1000).toFixed(1)} s: ${s.fetched} pages fetched (${s.byLabel.listing} listings, ${s.byLabel.feed} feeds, ${s.byLabel.article} articles), ${s.pagesPerSecond.toFixed(2)} pages/s`,
    `  new articles: ${s.newArticles} (${s.facts} facts); duplicates: ${s.duplicates}`,
    `  skipped: ${s.skipped.seen} already seen, ${s.skipped.robots} by robots.txt, ${s.skipped.offsite} outside the allowed hosts, ${s.skipped.depth} listings beyond --max-depth, ${s.skipped.scope} listings of other editions; ${s.retries} retries`,
    `  failed: ${s.failed.length}`,
    ...s.failed.map((f) => `    ${f.url}: ${f.reason}`),
    `  output: the feed store, ${join(out, 'articles.jsonl')}, ${join(out, 'facts.jsonl')}, ${warcFiles.length} WARC file(s) in ${join(out, 'warc')}`,
  ];
  return `${lines.join('\n')}\n`;
}

export const crawlCommand: Command = {
  name: 'crawl',
  summary: 'Crawl the profile sites (or any news site) politely: WARC + articles + facts JSONL, incremental',
  usage:
    'newsfacts crawl [--site vovworld-id|vovworld-vi|vovworld-en|vietnamplus-vi|vietnamplus-en|vovworld|vietnamplus|all|URL] ' +
    '[--max-pages N] [--max-depth N] [--out data/] [--feed DIR] [--profile FILE]... [--base-url URL] [--allow-loopback] [--user-agent UA] [--delay-ms N] ' +
    '[--host-concurrency N] [--concurrency N] [--timeout-ms N] [--max-retries N] [--backoff-ms N] [--warc-max-mb N] [--fresh] [--json] [--quiet] [--verbose]',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        site: { type: 'string' },
        'max-pages': { type: 'string' },
        'max-depth': { type: 'string' },
        out: { type: 'string' },
        feed: { type: 'string' },
        profile: { type: 'string', multiple: true },
        'base-url': { type: 'string' },
        'allow-loopback': { type: 'boolean' },
        'user-agent': { type: 'string' },
        'delay-ms': { type: 'string' },
        'host-concurrency': { type: 'string' },
        concurrency: { type: 'string' },
        'timeout-ms': { type: 'string' },
        'max-retries': { type: 'string' },
        'backoff-ms': { type: 'string' },
        'warc-max-mb': { type: 'string' },
        fresh: { type: 'boolean' },
        json: { type: 'boolean' },
        quiet: { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
    });
    if (positionals.length > 0) throw new UsageError(`crawl takes no positional arguments (got "${positionals.join(' ')}"); use --site`);
    const flags = Flags.safeParse(defined(values));
    if (!flags.success) throw new UsageError(flags.error.issues.map((i) => i.message).join('; '));
    const f = flags.data;
    for (const file of f.profile) loadProfileFile(file);
    const options = CrawlOptions.safeParse(
      defined({
        site: f.site,
        maxPages: f['max-pages'],
        maxDepth: f['max-depth'],
        baseUrl: f['base-url'],
        allowLoopback: f['allow-loopback'],
        userAgent: f['user-agent'],
        delayMs: f['delay-ms'],
        hostConcurrency: f['host-concurrency'],
        concurrency: f.concurrency,
        timeoutMs: f['timeout-ms'],
        maxRetries: f['max-retries'],
        backoffMs: f['backoff-ms'],
      }),
    );
    if (!options.success) throw new UsageError(options.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));

    // An unknown site, a refused start URL or no network fails before any file is opened.
    const { unresolvedHosts } = await preflightCrawl(options.data);
    const out = f.out;
    const progress = (line: string): void => {
      if (!f.quiet) process.stderr.write(`${line}\n`);
    };
    const unlock = await lockDataDir(out);
    const removed = await removeStaleTmpFiles(out);
    if (removed.length > 0) progress(`removed ${removed.length} temp file(s) left by a crash: ${removed.join(', ')}`);
    const seen: SeenStore = f.fresh ? new MemorySeenStore() : await FileSeenStore.open(join(out, 'seen.jsonl'));
    const warc = await WarcWriter.open(join(out, 'warc'), f['warc-max-mb'] ? { maxFileBytes: f['warc-max-mb'] * 1024 * 1024 } : {});
    const articles = await JsonlAppender.open(join(out, 'articles.jsonl'));
    const facts = await JsonlAppender.open(join(out, 'facts.jsonl'));
    const feed = await openFeedStore(f.feed ? { dir: f.feed } : { defaultDir: join(out, 'feed') });
    let summary: CrawlSummary;
    try {
      for (const h of unresolvedHosts) progress(`warning: cannot resolve ${h}; its pages will fail`);
      summary = await runCrawl({ ...options.data, skipNetworkCheck: true }, {
        seen,
        warc,
        log: progress,
        crawleeLogLevel: f.verbose ? LogLevel.WARNING : LogLevel.OFF,
        async onArticle(article, info) {
          await articles.write(article);
          const records = toFeedRecords(article, undefined, { warcRecordId: info.warcRecordId });
          await feed.append(records);
          for (const record of records) await facts.write(record);
        },
      });
    } finally {
      await Promise.allSettled([warc.close(), articles.close(), facts.close(), seen.close(), feed.close()]);
      await unlock();
    }
    summary.unresolvedHosts = unresolvedHosts;
    process.stderr.write(report(summary, out, warc.files));
    if (f.json) process.stdout.write(`${JSON.stringify({ ...summary, warcFiles: warc.files })}\n`);
    return summary.fetched === 0 && summary.failed.length > 0 ? 1 : 0;
  },
};
