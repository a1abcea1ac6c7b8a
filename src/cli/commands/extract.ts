import { parseArgs } from 'node:util';
import { gunzipCapped } from '../../content/decode.js';
import { loadPage } from '../../pipeline/dir-source.js';
import { snapshotToArticle } from '../../pipeline/snapshot-to-article.js';
import { UsageError, type Command } from '../command.js';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks);
  return raw[0] === 0x1f && raw[1] === 0x8b ? gunzipCapped(raw, 'stdin') : raw;
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Clean one page and extract its facts: one Article as JSON (or its text)',
  usage: 'newsfacts extract <file.html|file.html.gz|-> [--url URL] [--format json|text]',
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, format: { type: 'string', default: 'json' } },
    });
    const input = positionals[0];
    if (!input || positionals.length > 1) throw new UsageError('extract takes exactly one input file, or - for stdin');
    if (values.format !== 'json' && values.format !== 'text') throw new UsageError(`--format must be json or text, not "${values.format}"`);
    const snapshot =
      input === '-'
        ? { url: values.url ?? 'stdin:', fetchedAt: new Date().toISOString(), headers: {}, body: await readStdin() }
        : await loadPage(input);
    if (values.url) snapshot.url = values.url;
    const { article } = snapshotToArticle(snapshot);
    process.stdout.write(values.format === 'text' ? `${article.text}\n` : `${JSON.stringify(article, null, 2)}\n`);
    if (article.reason) process.stderr.write(`${input}: ${article.reason}\n`);
    return 0;
  },
};
