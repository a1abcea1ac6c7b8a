import { availableParallelism } from 'node:os';
import { Command } from '@commander-js/extra-typings';
import { defineCommand, exitWith, UsageError } from '../command.js';
import { int } from '../options.js';
import { JsonlOutput } from '../output.js';
import type { Progress } from '../progress.js';

export interface ReplaySummary {
  pages: number;
  ok: number;
  failed: number;
  empty: number;
  facts: number;
  seconds: number;
  feed?: { path: string; records: number; duplicates: number; rejects: number };
  /** Records added to the feed store (--feed). */
  feedStore?: { dir: string; added: number };
}

/** Pino and cli-progress load only when a replay logs a failed page or shows progress (not with --quiet). */
async function progressOf(total: number | undefined, quiet: boolean): Promise<Progress> {
  if (quiet) return { tick: () => undefined, stop: () => undefined };
  const { startProgress } = await import('../progress.js');
  return startProgress('replay', { unit: 'pages', total, quiet });
}

async function warnFailed(file: string, error: string): Promise<void> {
  const { logger } = await import('../log.js');
  logger().warn({ file }, `failed: ${error}`);
}

/**
 * The pages of a directory, a page file, or WARC input (counted only for a directory or a file). Only light modules
 * load here: the workers start once the pages are counted.
 */
async function listInput(input: string, o: { warc: boolean; sitesOnly: boolean }) {
  const [{ listPages }, { isWarcInput }] = await Promise.all([
    import('../../pipeline/page-list.js'),
    import('../../crawlers/warc-input.js'),
  ]);
  // WARC input: a .warc(.gz) file, a directory of them (a crawl's data/), or any directory with --warc.
  if (!o.warc && !(await isWarcInput(input))) return await listPages(input);
  const { warcPages } = await import('../../crawlers/warc-source.js');
  return warcPages(input, { sitesOnly: o.sitesOnly });
}

/** The replay loop and the outputs a replay writes: each output opened only when asked for. */
async function openOutputs(o: { out?: string; facts?: string; feed?: string }) {
  const [{ replayOutputs }, { FactsFile }] = await Promise.all([
    import('../../pipeline/replay-parallel.js'),
    import('../../facts/facts-file.js'),
  ]);
  // With --facts alone the facts file is the output: articles are written only when asked for.
  const out = (o.facts || o.feed) && !o.out ? undefined : await JsonlOutput.open(o.out);
  const feedStore = o.feed ? await (await import('../open-feed-store.js')).openFeedStore({ dir: o.feed }) : undefined;
  const factsOut = o.facts ? await FactsFile.open(o.facts) : undefined;
  return { replayOutputs, out, feedStore, factsOut };
}

export const replayCommand = defineCommand('replay', () =>
  new Command('replay')
    .argument(
      '<input>',
      'a directory of .html/.html.gz pages (sidecar <name>.json: {url, fetchedAt}), one page, ' +
        'a .warc(.gz) file or a directory of them',
    )
    .option(
      '--out <file>',
      'articles JSONL, one line per page ({file, ...Article} or {file, error}), e.g. data/articles.jsonl; ' +
        'default: stdout unless --facts',
    )
    .option(
      '--facts <file>',
      'the facts feed JSONL (schema/fact.schema.json), byte-identical on every replay, e.g. data/facts.jsonl',
    )
    .option(
      '--feed <dir>',
      'also append every record to the feed store in DIR (idempotent by fact id), which export reads',
    )
    .option('--warc', 'read the input as WARC even if it does not look like it', false)
    .option('--sites-only', 'WARC: keep only pages of our profile sites (a Common Crawl segment, say)', false)
    .option(
      '--jobs <n>',
      'clean and extract on N threads (N > 1: N workers, this thread writes; output identical, same order); ' +
        'default: the cores',
      int({ min: 1, max: 64 }),
      availableParallelism(),
    )
    .option('--json', 'print a JSON summary on stdout (needs --out or --facts)', false)
    .option('--fail-on-error', 'exit 1 if any page failed (a batch where every page failed exits 1 anyway)', false)
    .option('-q, --quiet', 'no progress lines', false)
    .action(
      exitWith(async (input, o) => {
        if (o.json && !o.out && !o.facts && !o.feed)
          throw new UsageError('--json needs --out, --facts or --feed: without them the articles go to stdout');
        const { startReplayPool, stopReplayPool, threadsFor } = await import('../../pipeline/replay-pool.js');
        const pages = await listInput(input, o);
        const jobs = threadsFor(o.jobs, pages.length);
        // The workers start before this thread loads the rest, and load the pipeline meanwhile.
        const poolStarting = startReplayPool(jobs);
        const setup = await openOutputs(o).catch(async (err: unknown) => {
          const pool = await poolStarting;
          if (pool) await stopReplayPool(pool);
          throw err;
        });
        const { replayOutputs, out, feedStore, factsOut } = setup;
        let added = 0;
        const progress = await progressOf(pages.length, o.quiet);
        const started = performance.now();
        const s: ReplaySummary = { pages: 0, ok: 0, failed: 0, empty: 0, facts: 0, seconds: 0 };
        try {
          const needs = { articles: out !== undefined, facts: factsOut !== undefined, feed: feedStore !== undefined };
          for await (const r of replayOutputs(pages, jobs, needs, poolStarting)) {
            s.pages++;
            if (r.articleLine !== undefined) await out?.writeLine(r.articleLine);
            if (r.ok) {
              s.ok++;
              s.facts += r.facts;
              if (r.empty) s.empty++;
              await factsOut?.addLines(r.records ?? [], r.rejects ?? []);
              if (feedStore) added += (await feedStore.append(r.feedRecords ?? [])).added;
            } else {
              s.failed++;
              await warnFailed(r.file, r.error ?? '');
            }
            progress.tick();
          }
        } catch (err) {
          progress.stop();
          await out?.abort();
          await factsOut?.abort();
          throw err;
        } finally {
          await feedStore?.close();
        }
        progress.stop();
        await out?.close();
        const feed = await factsOut?.close();
        s.seconds = Number(((performance.now() - started) / 1000).toFixed(3));
        if (feed && o.facts) s.feed = { path: o.facts, ...feed };
        if (o.feed) s.feedStore = { dir: o.feed, added };
        process.stderr.write(summaryText(s));
        if (o.json) process.stdout.write(`${JSON.stringify(s)}\n`);
        return (s.failed > 0 && s.ok === 0) || (o.failOnError && s.failed > 0) ? 1 : 0;
      }),
    ),
  [
    'newsfacts replay test/fixtures/pages --out data/articles.jsonl --facts data/facts.jsonl',
    "newsfacts replay data/ --facts facts.jsonl --json   # a crawl's WARC files",
    'newsfacts replay CC-NEWS-2021.warc.gz --sites-only --facts facts.jsonl',
  ],
);

/** The summary on stderr: pages, facts, and what went to the feed file and the feed store. */
function summaryText(s: ReplaySummary): string {
  return (
    `replayed ${s.pages} pages in ${s.seconds.toFixed(2)} s: ${s.ok} ok (${s.empty} with no article text), ` +
    `${s.failed} failed, ${s.facts} facts\n` +
    (s.feed
      ? `facts feed ${s.feed.path}: ${s.feed.records} records, ${s.feed.duplicates} duplicates skipped, ` +
        `${s.feed.rejects} rejected\n`
      : '') +
    (s.feedStore ? `feed store ${s.feedStore.dir}: ${s.feedStore.added} records added\n` : '')
  );
}
