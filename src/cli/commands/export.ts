import { Command } from '@commander-js/extra-typings';
import { FACT_TYPES, LANGS } from '../../core/index.js';
import { defineCommand, exitWith, UsageError } from '../command.js';
import { listOf } from '../options.js';
import { openFeedStore } from '../open-feed-store.js';
import { EXPORT_FORMATS, formatOf, openFeedWriter } from '../../facts/table-writer.js';
import { oneOf } from '../options.js';

export const exportCommand = defineCommand('export', () =>
  new Command('export')
    .option(
      '--since <cursor>',
      'a cursor printed by an earlier export, or an ISO time (2021-09-01T00:00:00Z); default: from the start',
    )
    .option(
      '--type <types>',
      `only these fact types, comma-separated: ${FACT_TYPES.join(',')}`,
      listOf('--type', FACT_TYPES),
    )
    .option('--lang <langs>', `only these languages, comma-separated: ${LANGS.join(',')}`, listOf('--lang', LANGS))
    .option(
      '--out <file>',
      'write the records here (temp file + rename) and print the cursor on stdout; default: records on stdout',
    )
    .option(
      '--format <format>',
      `${EXPORT_FORMATS.join(', ')}: CSV and Parquet give one flat row per fact; default: from --out's extension`,
      oneOf('--format', EXPORT_FORMATS),
    )
    .option('--feed <dir>', 'the feed store directory; default: data/feed, or Redis when REDIS_URL is set')
    .option('--json', 'print {written, read, cursor} as JSON on stdout (needs --out)', false)
    .action(
      exitWith(async (o) => {
        const toFile = o.out !== undefined && o.out !== '-';
        if (o.json && !toFile) throw new UsageError('--json needs --out: without it the records go to stdout');
        const types = o.type ? new Set<string>(o.type) : undefined;
        const langs = o.lang ? new Set<string>(o.lang) : undefined;
        const store = await openFeedStore(o.feed ? { dir: o.feed } : {});
        let cursor = o.since ?? '0';
        let read = 0;
        let written = 0;
        try {
          const out = await openFeedWriter(o.format ?? formatOf(o.out), o.out, process.stdout);
          try {
            for await (const { record, cursor: c } of store.read(o.since ? { since: o.since } : {})) {
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
        if (o.json) process.stdout.write(`${JSON.stringify({ written, read, cursor, out: o.out })}\n`);
        else if (toFile) process.stdout.write(`${cursor}\n`);
        return 0;
      }),
    ),
  [
    'newsfacts export --out facts.jsonl',
    'newsfacts export --format csv --out facts.csv',
    'newsfacts export --since "$(cat cursor)" --type dose --lang vi,id --out new.jsonl > cursor',
    'newsfacts export --since 2021-09-01T00:00:00Z | jq .text',
  ],
);
