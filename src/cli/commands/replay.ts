import { parseArgs } from 'node:util';
import { listPages } from '../../pipeline/dir-source.js';
import { replayPages } from '../../pipeline/replay.js';
import { UsageError, type Command } from '../command.js';
import { JsonlOutput } from '../output.js';
import { FactsFile } from '../../facts/facts-file.js';
import { isWarcInput, warcPages } from '../../crawlers/warc-source.js';
import { toFeedRecords } from '../../facts/feed-record.js';
import { openFeedStore } from '../open-feed-store.js';

export const replayCommand: Command = {
  name: 'replay',
  summary: 'Clean and extract every stored page below a directory, or every HTML response of a WARC: one JSON line per page',
  usage: 'newsfacts replay <dir|file|file.warc.gz|warc-dir> [--out articles.jsonl] [--facts facts.jsonl] [--feed DIR] [--warc] [--sites-only] [--quiet]',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        facts: { type: 'string' },
        feed: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        warc: { type: 'boolean', default: false },
        'sites-only': { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 1) throw new UsageError('replay takes one directory or file');
    const input = positionals[0]!;
    // WARC input: a .warc(.gz) file, a directory of them (a crawl's data/), or any directory with --warc.
    const pages = values.warc || (await isWarcInput(input)) ? warcPages(input, { sitesOnly: values['sites-only'] }) : await listPages(input);
    // With --facts alone the facts file is the output: articles are written only when asked for.
    const out = (values.facts || values.feed) && !values.out ? undefined : await JsonlOutput.open(values.out);
    // --feed appends every page's records to the feed store (idempotent by id: a second replay adds nothing).
    const feed = values.feed ? await openFeedStore({ dir: values.feed }) : undefined;
    let added = 0;
    const factsOut = values.facts ? await FactsFile.open(values.facts) : undefined;
    const started = performance.now();
    let ok = 0;
    let failed = 0;
    let empty = 0;
    let facts = 0;
    try {
      for await (const r of replayPages(pages)) {
        if (r.ok) {
          ok++;
          facts += r.article.facts.length;
          if (r.article.reason) empty++;
          await out?.write({ file: r.file, ...r.article });
          await factsOut?.add(r.article);
          if (feed) added += (await feed.append(toFeedRecords(r.article, undefined, { warcRecordId: r.warcRecordId }))).added;
        } else {
          failed++;
          await out?.write({ file: r.file, error: r.error });
          process.stderr.write(`failed: ${r.error}\n`);
        }
        const n = ok + failed;
        if (!values.quiet && (n % 50 === 0 || n === pages.length)) process.stderr.write(`\r${n}/${pages.length ?? '?'} pages`);
      }
    } catch (err) {
      await out?.abort();
      await factsOut?.abort();
      throw err;
    } finally {
      await feed?.close();
    }
    await out?.close();
    const factStats = await factsOut?.close();
    const secs = (performance.now() - started) / 1000;
    process.stderr.write(
      `\nreplayed ${ok + failed} pages in ${secs.toFixed(2)} s: ${ok} ok (${empty} with no article text), ${failed} failed, ${facts} facts\n` +
        (feed ? `feed store ${values.feed}: ${added} records added\n` : '') +
        (factStats ? `facts feed ${values.facts}: ${factStats.records} records, ${factStats.duplicates} duplicates skipped, ${factStats.rejects} rejected\n` : ''),
    );
    return 0;
  },
};
