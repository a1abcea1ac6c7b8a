import { Command } from '@commander-js/extra-typings';
import { defineCommand, exitWith, UsageError } from '../command.js';
import { logger } from '../log.js';
import { int } from '../options.js';

export const reportCommand = defineCommand('report', () =>
  new Command('report')
    .option('--facts <file>', "a facts JSONL (replay --facts, export, a crawl's facts.jsonl), e.g. data/facts.jsonl")
    .option('--feed <dir>', 'a feed store directory instead of --facts, e.g. data/feed')
    .option('--out <file>', 'the HTML page to write', 'report.html')
    .option('--title <title>', 'the page title', 'newsfacts report')
    .option('--top <n>', 'officials listed with their statements', int({ min: 1, max: 100 }), 10)
    .option('--json', 'print {out, records, doses, officials, skipped} as JSON on stdout', false)
    .action(
      exitWith(async (o) => {
        if ((o.facts === undefined) === (o.feed === undefined))
          throw new UsageError('give exactly one of --facts FILE and --feed DIR');
        const [{ writeFile, rename, mkdir }, { dirname }, report] = await Promise.all([
          import('node:fs/promises'),
          import('node:path'),
          import('../../facts/report/index.js'),
        ]);
        const source = (o.facts ?? o.feed)!;
        const loaded = o.facts !== undefined ? await report.readFactsFile(o.facts) : await report.readFeedDir(source);
        const log = logger();
        for (const s of loaded.skipped.slice(0, 20)) log.warn(`${source}:${s.line}: not a feed record: ${s.reason}`);
        const { html, data } = await report.buildReport(loaded.records, {
          source,
          title: o.title,
          topOfficials: o.top,
        });
        await mkdir(dirname(o.out), { recursive: true });
        const tmp = `${o.out}.tmp-${process.pid}`;
        await writeFile(tmp, html);
        await rename(tmp, o.out);
        const summary = {
          out: o.out,
          records: data.records,
          byType: data.byType,
          doses: data.doses.length,
          officials: data.officials.length,
          skipped: loaded.skipped.length,
        };
        process.stderr.write(
          `report ${o.out}: ${data.records} facts, ${data.doses.length} dose figures charted, ` +
            `${data.officials.length} officials, ${loaded.skipped.length} lines skipped\n`,
        );
        if (o.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
        return data.records === 0 && loaded.skipped.length > 0 ? 1 : 0;
      }),
    ),
  [
    'newsfacts replay test/fixtures/pages --facts facts.jsonl',
    'newsfacts report --facts facts.jsonl --out report.html',
    'newsfacts report --feed data/feed --out /tmp/report.html --title "Vaccine doses, VOV and Vietnam+"',
  ],
);
