/**
 * npm run eval:held-out -- meta [--dir DIR] [--set NAME] [--split dev|test] [--misses] [--json]
 * Runs the article reader on every page of each metadata set (annotations in eval/held-out/meta/<set>/, pages
 * built outside the repository by scripts/held-out/build-pages.ts into DIR, default /work/data-sets/meta) and
 * prints per set, split and field (publishedAt day, title, site): right / wrong / missing. Per-page misses only
 * with --misses (never on a test part before its final run).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { errorMessage } from '../../src/core/index.js';
import { snapshotToArticle } from '../../src/pipeline/snapshot-to-article.js';
import { aggregateMeta, FIELDS, MetaRow, scoreMeta, type FieldCounts, type MetaScore, type ReadMeta } from './meta-score.js';
import { parseOptions, setNames } from './options.js';
import { readItems } from './read-items.js';

export const META_ROOT = join(import.meta.dirname, '..', '..', 'eval', 'held-out', 'meta');
const DEFAULT_DIR = '/work/data-sets/meta';
const FETCHED_AT = '2026-01-01T00:00:00Z';

function readPage(setDir: string, row: MetaRow): ReadMeta {
  const raw = readFileSync(join(setDir, row.file));
  const body = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  try {
    const { article } = snapshotToArticle({ url: row.url, fetchedAt: FETCHED_AT, body: new Uint8Array(body) });
    return { publishedAt: article.publishedAt, title: article.title, site: article.site };
  } catch (e) {
    process.stderr.write(`${row.id}: ${errorMessage(e)}\n`);
    return { publishedAt: null, title: null, site: null };
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1)}%`);

function line(name: string, split: string, counts: Record<string, FieldCounts>): string {
  const parts = [`${name.padEnd(16)} ${split.padEnd(4)}`];
  for (const f of FIELDS) {
    const c = counts[f];
    if (!c || c.pages === 0) continue;
    parts.push(`${f} ${c.pages}: right ${c.right} (${pct(c.right, c.pages)}) wrong ${c.wrong} missing ${c.missing}`);
  }
  return parts.join('  |  ');
}

function misses(rows: readonly MetaRow[], scores: readonly MetaScore[]): string[] {
  const out: string[] = [];
  scores.forEach((s, i) => {
    const row = rows[i];
    if (!row) return;
    for (const f of FIELDS) {
      const v = s.verdicts[f];
      if (!v || v === 'right') continue;
      out.push(`  ${v.padEnd(7)} ${f.padEnd(11)} ${row.id}: expected ${String(row.expected[f])} got ${String(s.got[f])}  ${row.url}`);
    }
  });
  return out;
}

function dirOption(argv: string[]): { dir: string; rest: string[] } {
  const i = argv.indexOf('--dir');
  if (i < 0) return { dir: DEFAULT_DIR, rest: argv };
  const dir = argv[i + 1];
  if (!dir) throw new Error('--dir needs a folder (not retryable: fix the command)');
  return { dir: resolve(dir), rest: [...argv.slice(0, i), ...argv.slice(i + 2)] };
}

export async function main(argv: string[]): Promise<void> {
  const { dir, rest } = dirOption(argv);
  const { opts } = parseOptions(['meta', ...rest]);
  const results: Array<{ set: string; split: string; counts: Record<string, FieldCounts> }> = [];
  for (const name of await setNames(META_ROOT, opts)) {
    for (const split of opts.splits) {
      const file = join(dir, name, `${split}.jsonl`);
      if (!existsSync(file)) {
        process.stderr.write(`${file} missing: build it with npx tsx scripts/held-out/build-pages.ts --set ${name}\n`);
        continue;
      }
      const rows = readItems(file, MetaRow);
      const scores = rows.map((row) => scoreMeta(row, readPage(join(dir, name), row)));
      const counts = aggregateMeta(scores);
      results.push({ set: name, split, counts });
      if (opts.json) continue;
      process.stdout.write(`${line(name, split, counts)}\n`);
      if (opts.misses) process.stdout.write(`${misses(rows, scores).join('\n')}\n`);
    }
  }
  if (opts.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  if (results.length === 0) process.exitCode = 2;
}
