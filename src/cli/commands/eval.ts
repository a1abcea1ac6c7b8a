import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { Command } from '@commander-js/extra-typings';
import { z } from 'zod';
import { Article, NewsfactsError } from '../../core/index.js';
import { evaluate, formatReport, parseGold, type EvalReport, type Gold, type PredictedPage } from '../../facts/eval.js';
import { readExpectedFacts } from '../../facts/expected-facts.js';
import { listPages } from '../../pipeline/dir-source.js';
import { snapshotToArticle } from '../../pipeline/snapshot-to-article.js';
import { defineCommand, exitWith, UsageError } from '../command.js';

const FixtureMetadata = z.object({ url: z.string().min(1) }).partial();

/** The page's name in the gold corpus: its fixture folder (`<name>/source.html`), else its file name. */
function pageName(file: string): string {
  const dir = dirname(file);
  return dir === '.' || dir === '' ? basename(file).replace(/\.html?(\.gz)?$/i, '') : basename(dir);
}

/** Replays pages (a directory such as test/fixtures/pages, or one file) through the pipeline. */
async function* fromPages(root: string): AsyncGenerator<PredictedPage> {
  for (const page of await listPages(root)) {
    const path = page.file === root ? root : join(root, page.file);
    const snapshot = await page.load();
    const folder = dirname(path);
    // A fixture keeps its real URL in expected-metadata.json: the site profile must apply as in a crawl.
    if (snapshot.url.startsWith('file://')) {
      const meta = await readFile(join(folder, 'expected-metadata.json'), 'utf8').catch(() => undefined);
      const url = meta === undefined ? undefined : FixtureMetadata.safeParse(JSON.parse(meta)).data?.url;
      if (url) snapshot.url = url;
    }
    const { article } = snapshotToArticle(snapshot);
    const expectedText = await readFile(join(folder, 'expected.txt'), 'utf8').catch(() => undefined);
    yield {
      page: pageName(page.file),
      text: article.text,
      facts: article.facts,
      lang: article.lang,
      publishedAt: article.publishedAt,
      ...(expectedText === undefined ? {} : { expectedText }),
    };
  }
}

/** Reads the articles a `newsfacts replay --out articles.jsonl` wrote ({file, ...Article} per line). */
async function* fromArticles(path: string): AsyncGenerator<PredictedPage> {
  const Line = Article.extend({ file: z.string() });
  let n = 0;
  for await (const raw of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    n++;
    if (!raw.trim()) continue;
    const parsed = Line.safeParse(JSON.parse(raw));
    if (!parsed.success) continue; // a page that failed to replay: nothing to score
    yield {
      page: pageName(parsed.data.file),
      text: parsed.data.text,
      facts: parsed.data.facts,
      lang: parsed.data.lang,
      publishedAt: parsed.data.publishedAt,
    };
  }
  if (n === 0) throw new NewsfactsError('input', path, 'no articles in this file');
}

/**
 * Scores an input (pages, or a replay's articles JSONL) against a gold file, or without one against each
 * page's expected-facts.jsonl under the input directory.
 */
export async function runEval(goldPath: string | undefined, input: string): Promise<EvalReport> {
  let gold: Gold;
  if (goldPath === undefined) {
    if (input.endsWith('.jsonl')) throw new UsageError('--gold is needed to score an articles .jsonl');
    gold = readExpectedFacts(input);
  } else {
    const goldText = await readFile(goldPath, 'utf8').catch((err: unknown) => {
      throw new NewsfactsError('gold', goldPath, 'cannot read the gold file', { cause: err });
    });
    gold = parseGold(goldText, goldPath);
  }
  const pages: PredictedPage[] = [];
  for await (const p of input.endsWith('.jsonl') ? fromArticles(input) : fromPages(input)) pages.push(p);
  return evaluate(gold, pages);
}

export function formatMisses(r: EvalReport): string {
  return r.misses
    .map(
      (m) =>
        `${m.kind.padEnd(11)} ${m.type.padEnd(9)} ${m.page}: "${m.text.slice(0, 80)}"` +
        (m.detail ? ` (${m.detail})` : ''),
    )
    .join('\n');
}

export const evalCommand = defineCommand('eval', () =>
  new Command('eval')
    .argument('[input]', 'a directory of pages (test/fixtures/pages), one page, or the articles .jsonl of a replay')
    .option('--gold <file>', "hand-annotated facts, one JSON line each; default: each page's expected-facts.jsonl")
    .option('--json', 'print the whole report as JSON on stdout', false)
    .option('--misses', 'list every missed and spurious fact after the scores', false)
    .action(
      exitWith(async (input, o) => {
        if (input === undefined)
          throw new UsageError('eval takes one input: a directory of pages, a page, or a replay articles .jsonl');
        const report = await runEval(o.gold, input);
        if (o.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        else {
          process.stdout.write(`${formatReport(report)}\n`);
          if (o.misses && report.misses.length > 0) process.stdout.write(`\n${formatMisses(report)}\n`);
        }
        if (report.pagesWithoutPrediction.length > 0)
          process.stderr.write(`gold pages not in the input: ${report.pagesWithoutPrediction.join(', ')}\n`);
        return 0;
      }),
    ),
  [
    'newsfacts eval test/fixtures/pages',
    'newsfacts eval --gold gold.jsonl data/articles.jsonl --json | jq .facts',
  ],
);
