import { parseArgs } from 'node:util';
import { listPages } from '../../pipeline/dir-source.js';
import { defaultJobs, replayPagesParallel } from '../../pipeline/replay-parallel.js';
import { UsageError, type Command } from '../command.js';
import { JsonlOutput } from '../output.js';
import { FactsFile } from '../../facts/facts-file.js';
import { isWarcInput, warcPages } from '../../crawlers/warc-source.js';

export const replayCommand: Command = {
  name: 'replay',
  summary: 'Clean and extract every stored page below a directory, or every HTML response of a WARC: one JSON line per page',
  usage: 'newsfacts replay <dir|file|file.warc.gz|warc-dir> [--out articles.jsonl] [--facts facts.jsonl] [--warc] [--sites-only] [--jobs N] [--quiet]',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        facts: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        warc: { type: 'boolean', default: false },
        'sites-only': { type: 'boolean', default: false },
        jobs: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('replay takes one directory or file');
    const input = positionals[0]!;
    const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number >= 1, got ${values.jobs}`);
    // WARC input: a .warc(.gz) file, a directory of them (a crawl's data/), or any directory with --warc.
    const pages = values.warc || (await isWarcInput(input)) ? warcPages(input, { sitesOnly: values['sites-only'] }) : await listPages(input);
    // With --facts alone the facts file is the output: articles are written only when asked for.
    const out = values.facts && !values.out ? undefined : await JsonlOutput.open(values.out);
    const factsOut = values.facts ? await FactsFile.open(values.facts) : undefined;
    const started = performance.now();
    let ok = 0;
    let failed = 0;
    let empty = 0;
    let facts = 0;
    try {
      for await (const r of replayPagesParallel(pages, jobs)) {
        if (r.ok) {
          ok++;
          facts += r.article.facts.length;
          if (r.article.reason) empty++;
          await out?.write({ file: r.file, ...r.article });
          await factsOut?.add(r.article);
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
    }
    await out?.close();
    const factStats = await factsOut?.close();
    const secs = (performance.now() - started) / 1000;
    process.stderr.write(
      `\nreplayed ${ok + failed} pages in ${secs.toFixed(2)} s: ${ok} ok (${empty} with no article text), ${failed} failed, ${facts} facts\n` +
        (factStats ? `facts feed ${values.facts}: ${factStats.records} records, ${factStats.duplicates} duplicates skipped, ${factStats.rejects} rejected\n` : ''),
    );
    return 0;
  },
};
