import { gunzipCapped } from '../../content/decode.js';
import { Command, Option } from '@commander-js/extra-typings';
import { defineCommand, exitWith } from '../command.js';
import { oneOf } from '../options.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  return raw[0] === 0x1f && raw[1] === 0x8b ? gunzipCapped(raw, 'stdin') : raw;
}

export const extractCommand = defineCommand('extract', () =>
  new Command('extract')
    .argument('<input>', 'an .html or .html.gz file, or - for stdin')
    .option(
      '--url <url>',
      'the page URL (picks the site profile), e.g. https://vovworld.vn/vi-VN/x.vov; default: the sidecar <name>.json',
    )
    .addOption(
      new Option('--format <format>', 'json (the whole Article) or text (Article.text only)')
        .argParser(oneOf('--format', ['json', 'text'] as const))
        .default('json' as const),
    )
    .action(
      exitWith(async (input, o) => {
        const [{ loadPage }, { snapshotToArticle }] = await Promise.all([
          import('../../pipeline/dir-source.js'),
          import('../../pipeline/snapshot-to-article.js'),
        ]);
        const snapshot =
          input === '-'
            ? { url: o.url ?? 'stdin:', fetchedAt: new Date().toISOString(), headers: {}, body: await readStdin() }
            : await loadPage(input);
        if (o.url) snapshot.url = o.url;
        const { article } = snapshotToArticle(snapshot);
        process.stdout.write(o.format === 'text' ? `${article.text}\n` : `${JSON.stringify(article, null, 2)}\n`);
        if (article.reason) process.stderr.write(`${input}: ${article.reason}\n`);
        return 0;
      }),
    ),
  [
    'newsfacts extract page.html --url https://vovworld.vn/id-ID/x.vov',
    'curl -s URL | newsfacts extract - --format text',
  ],
);
