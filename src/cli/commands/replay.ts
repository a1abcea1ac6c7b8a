import { parseArgs } from 'node:util';
import { listPages } from '../../pipeline/dir-source.js';
import { replayPages } from '../../pipeline/replay.js';
import { UsageError, type Command } from '../command.js';
import { JsonlOutput } from '../output.js';

export const replayCommand: Command = {
  name: 'replay',
  summary: 'Clean and extract every stored page below a directory: one JSON line per page',
  usage: 'newsfacts replay <dir|file> [--out articles.jsonl] [--quiet]',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, quiet: { type: 'boolean', default: false } },
    });
    if (positionals.length !== 1) throw new UsageError('replay takes one directory or file');
    const pages = await listPages(positionals[0]!);
    const out = await JsonlOutput.open(values.out);
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
          await out.write({ file: r.file, ...r.article });
        } else {
          failed++;
          await out.write({ file: r.file, error: r.error });
          process.stderr.write(`failed: ${r.error}\n`);
        }
        const n = ok + failed;
        if (!values.quiet && (n % 50 === 0 || n === pages.length)) process.stderr.write(`\r${n}/${pages.length} pages`);
      }
    } catch (err) {
      await out.abort();
      throw err;
    }
    await out.close();
    const secs = (performance.now() - started) / 1000;
    process.stderr.write(
      `\nreplayed ${pages.length} pages in ${secs.toFixed(2)} s: ${ok} ok (${empty} with no article text), ${failed} failed, ${facts} facts\n`,
    );
    return 0;
  },
};
