/**
 * Drafts a fixture folder from a saved page, for a human to correct (mozilla/readability's
 * generate-testcase idea): npm run fixture:draft -- <file.html|.html.gz> <name> --url URL [--force]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { errorMessage } from '../src/core/index.js';
import { snapshotToArticle } from '../src/pipeline/snapshot-to-article.js';

const ROOT = join(import.meta.dirname, '..', 'test', 'fixtures', 'pages');
const USAGE = 'usage: npm run fixture:draft -- <file.html|file.html.gz> <name> --url URL [--force]';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const [file, name] = positionals;
  if (!file || !name || positionals.length > 2 || !values.url) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(name)) {
    process.stderr.write(`fixture name must be kebab-case (<site>-<lang>-<slug>), not "${name}"\n`);
    return 2;
  }
  const dir = join(ROOT, name);
  if (existsSync(dir) && !values.force) {
    process.stderr.write(`${dir} exists; pass --force to overwrite it\n`);
    return 1;
  }
  // npm runs scripts from the package root; the path was given relative to where the user typed it.
  const raw = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file));
  const body = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  const fetchedAt = new Date().toISOString();
  const { article, method } = snapshotToArticle({ url: values.url, fetchedAt, body: new Uint8Array(body) });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'source.html'), body);
  writeFileSync(join(dir, 'source.json'), `${JSON.stringify({ url: values.url, fetchedAt }, null, 2)}\n`);
  writeFileSync(join(dir, 'expected.txt'), article.text);
  const metadata = {
    url: values.url,
    site: article.site,
    lang: article.lang,
    title: article.title,
    publishedAt: article.publishedAt,
    authors: article.authors,
    section: article.section,
    canonicalUrl: article.canonicalUrl,
    captions: article.captions,
    ...(article.reason === undefined ? {} : { reason: article.reason }),
  };
  writeFileSync(join(dir, 'expected-metadata.json'), `${JSON.stringify(metadata, null, 2)}\n`);
  process.stdout.write(`${dir}: drafted through ${method}; correct expected.txt and expected-metadata.json by hand, and add must-not.txt\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  process.stderr.write(`${errorMessage(err)}\n`);
  process.exitCode = 1;
}
