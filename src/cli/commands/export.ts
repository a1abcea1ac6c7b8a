import { parseArgs } from 'node:util';
import { z } from 'zod';
import { FACT_TYPES, Lang } from '../../core/index.js';
import { UsageError, type Command } from '../command.js';
import { openFeedStore } from '../open-feed-store.js';
import { EXPORT_FORMATS, formatOf, openFeedWriter } from '../../facts/table-writer.js';

const list = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

const ExportOptions = z.object({
  since: z.string().min(1).optional(),
  type: list.pipe(z.array(z.enum(FACT_TYPES)).min(1)).optional(),
  lang: list.pipe(z.array(Lang).min(1)).optional(),
  out: z.string().min(1).optional(),
  feed: z.string().min(1).optional(),
  format: z.enum(EXPORT_FORMATS).optional(),
});

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write feed records (JSONL, CSV or Parquet) appended after a cursor or time; prints the cursor to continue from',
  usage:
    'newsfacts export [--since CURSOR|ISO] [--type dose,date,statement] [--lang vi,id,en] [--out facts.jsonl|.csv|.parquet] ' +
    '[--format jsonl|csv|parquet] [--feed DIR]',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { since: { type: 'string' }, type: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' }, feed: { type: 'string' }, format: { type: 'string' } },
    });
    if (positionals.length > 0) throw new UsageError(`export takes no positional arguments (got "${positionals.join(' ')}")`);
    const parsed = ExportOptions.safeParse(values);
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${String(i.path[0] ?? '?')}: ${i.message}`).join('; '));
    const opts = parsed.data;
    const types = opts.type ? new Set<string>(opts.type) : undefined;
    const langs = opts.lang ? new Set<string>(opts.lang) : undefined;

    const store = await openFeedStore(opts.feed ? { dir: opts.feed } : {});
    let cursor = opts.since ?? '0';
    let read = 0;
    let written = 0;
    try {
      const out = await openFeedWriter(opts.format ?? formatOf(opts.out), opts.out);
      try {
        for await (const { record, cursor: c } of store.read(opts.since ? { since: opts.since } : {})) {
          read++;
          cursor = c;
          if ((types && !types.has(record.type)) || (langs && !langs.has(record.lang))) continue;
          await out.write(record);
          written++;
        }
      } catch (err) {
        await out.abort();
        throw err;
      }
      await out.close();
    } finally {
      await store.close();
    }
    process.stderr.write(`export: ${written} records written (${read} read); continue with --since ${cursor}\n`);
    if (opts.out && opts.out !== '-') process.stdout.write(`${cursor}\n`);
    return 0;
  },
};
