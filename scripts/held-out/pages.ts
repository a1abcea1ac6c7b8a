/**
 * npm run eval:held-out -- pages [--dir DIR] [--set NAME] [--split dev|test] [--misses] [--json]
 * Runs the pipeline on every page of each set under DIR (default eval/held-out/pages) and prints per set
 * and split: token P/R/F1 (pages with an expected text), snippet P/R/F1 (pages with with/without
 * snippets) and the leak count. Per-page misses only with --misses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readItems } from './read-items.js';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { errorMessage } from '../../src/core/index.js';
import { snapshotToArticle } from '../../src/pipeline/snapshot-to-article.js';
import { aggregate, PageRow, scorePage, type PageScore, type SetScore } from './pages-score.js';

const DEFAULT_DIR = join(import.meta.dirname, '..', '..', 'eval', 'held-out', 'pages');
const FETCHED_AT = '2026-01-01T00:00:00Z';

function readRows(path: string): PageRow[] {
  return readItems(path, PageRow);
}

function textOf(setDir: string, row: PageRow): string {
  const raw = readFileSync(join(setDir, row.file));
  const body = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  try {
    return snapshotToArticle({ url: row.url, fetchedAt: FETCHED_AT, body: new Uint8Array(body) }).article.text;
  } catch (e) {
    process.stderr.write(`${row.id}: ${errorMessage(e)}\n`);
    return '';
  }
}

const f = (n: number): string => n.toFixed(3);

function line(name: string, split: string, s: SetScore): string {
  const parts = [`${name.padEnd(18)} ${split.padEnd(4)} pages ${String(s.pages).padStart(4)}`];
  if (s.tokens) parts.push(`tokens P ${f(s.tokens.p)} R ${f(s.tokens.r)} F1 ${f(s.tokens.f1)}`);
  if (s.snippets) parts.push(`snippets P ${f(s.snippets.p)} R ${f(s.snippets.r)} F1 ${f(s.snippets.f1)}`);
  parts.push(`leaks ${s.leaks} (${s.pagesWithLeaks} pages)`);
  return parts.join('  ');
}

function misses(scores: readonly PageScore[]): string[] {
  const out: string[] = [];
  const errors = (s: PageScore) => s.snippets.fn + s.snippets.fp;
  const worst = [...scores].sort((a, b) => (a.tokens?.f1 ?? 1) - (b.tokens?.f1 ?? 1) || errors(b) - errors(a));
  for (const s of worst.slice(0, 15)) {
    if ((s.tokens?.f1 ?? 1) === 1 && s.snippets.fn + s.snippets.fp + s.leaks.length === 0) continue;
    const tok = s.tokens ? ` P ${f(s.tokens.p)} R ${f(s.tokens.r)} F1 ${f(s.tokens.f1)}` : '';
    out.push(`  ${s.id}${tok}`);
    for (const m of s.snippets.missed) out.push(`    missed: ${m.slice(0, 100)}`);
    for (const m of [...s.snippets.leaked, ...s.leaks]) out.push(`    leaked: ${m.slice(0, 100)}`);
  }
  return out;
}

export function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string' },
      set: { type: 'string', multiple: true },
      split: { type: 'string' },
      misses: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const dir = resolve(values.dir ?? DEFAULT_DIR);
  if (!existsSync(dir)) {
    process.stderr.write(`no page sets at ${dir}\n`);
    return 2;
  }
  const sets = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (!values.set || values.set.includes(d.name)))
    .map((d) => d.name)
    .sort();
  const splits = values.split ? [values.split] : ['dev', 'test'];
  const results: Array<{ set: string; split: string; score: SetScore }> = [];
  for (const name of sets) {
    for (const split of splits) {
      const file = join(dir, name, `${split}.jsonl`);
      if (!existsSync(file)) continue;
      const rows = readRows(file);
      const scores = rows.map((row) => scorePage(row, textOf(join(dir, name), row)));
      const score = aggregate(scores);
      results.push({ set: name, split, score });
      if (!values.json) {
        process.stdout.write(`${line(name, split, score)}\n`);
        if (values.misses) process.stdout.write(`${misses(scores).join('\n')}\n`);
      }
    }
  }
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return results.length > 0 ? 0 : 2;
}
