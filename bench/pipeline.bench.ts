import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml, mainContent, cleanPage } from '../src/content/clean-page.js';
import { decodeHtml } from '../src/content/decode.js';
import { pageLanguage, paragraphLanguage } from '../src/content/language.js';
import { readMetadata } from '../src/content/metadata/index.js';
import { EXTRACTORS } from '../src/extractors/index.js';
import { extractDoc } from '../src/pipeline/article-to-facts.js';
import { profileFor } from '../src/sites/index.js';
import { loadWebEval, WEB_EVAL_DIR } from './support/web-eval.js';
import type { ProcessRun } from './support/process-run.js';
import { buildDist, replayRun, replicatePages, trafilaturaRuns } from './support/replay-processes.js';
import { median, quantile, table, timeMs } from './support/stats.js';

/**
 * Where a page's time goes, and what a whole replay costs: p50/p90 of every stage on each page (calling the
 * functions the pipeline calls, in its order), then whole-process `newsfacts replay` (compiled dist/, rebuilt
 * first) at --jobs 1 and 2 and trafilatura on the same pages, then --jobs 1 and 2 (pages per second, peak RSS) on
 * BENCH_MEMORY_PAGES (default 10000; 0 skips) pages made by repeating web-eval's. BENCH_RUNS (default 3) repeats each process;
 * medians are reported, CPU time (user+sys) beside wall time because a loaded machine skews wall time.
 */
const ROOT = new URL('..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'test/fixtures/pages');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MEMORY_PAGES = Number(process.env.BENCH_MEMORY_PAGES ?? 10_000);
/** The goal for a 10,000-page replay on every core. */
const MEMORY_GOAL_MB = 400;

interface Page {
  url: string;
  body: Uint8Array;
}

function stageTimes(pages: readonly Page[]): Map<string, number[]> {
  const times = new Map<string, number[]>();
  const add = (stage: string, ms: number): void => void (times.get(stage) ?? times.set(stage, []).get(stage)!).push(ms);
  for (const round of [0, 1]) {
    for (const p of pages) {
      const record = round === 1 ? add : (): void => {};
      let decoded!: ReturnType<typeof decodeHtml>;
      record('decode', timeMs(() => (decoded = decodeHtml(p.body, p.url))));
      const profile = profileFor(p.url);
      let $!: ReturnType<typeof parseHtml>;
      record('parse', timeMs(() => ($ = parseHtml(decoded.html))));
      let metadata!: ReturnType<typeof readMetadata>;
      record('metadata', timeMs(() => (metadata = readMetadata($, p.url, profile))));
      record('clean', timeMs(() => mainContent($, decoded.html, p.url, profile)));
      const { method: _m, ...article } = cleanPage(decoded.html, p.url, profile);
      record('language', timeMs(() => {
        const lang = pageLanguage(article.text, metadata.htmlLang);
        for (const para of article.paragraphs) paragraphLanguage(para.text, lang);
      }));
      if (!article.text) continue;
      let doc!: ReturnType<typeof extractDoc>;
      record('sentences', timeMs(() => (doc = extractDoc(article, profile?.utcOffset))));
      for (const e of EXTRACTORS) record(`extract ${e.name}`, timeMs(() => e.extract(doc)));
    }
  }
  return times;
}

function stageTable(times: Map<string, number[]>): string {
  const rows = [...times].map(([stage, ms]) => [stage, String(ms.length), median(ms).toFixed(3), quantile(ms, 0.9).toFixed(3)]);
  return table([['stage', 'pages', 'p50 ms', 'p90 ms'], ...rows]);
}

function loadFixturePages(): Page[] {
  return readdirSync(FIXTURES)
    .sort()
    .filter((n) => existsSync(join(FIXTURES, n, 'source.html')))
    .map((n) => {
      const sidecar = join(FIXTURES, n, 'source.json');
      const url = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as { url: string }).url : `https://fixture.invalid/${n}`;
      return { url, body: new Uint8Array(readFileSync(join(FIXTURES, n, 'source.html'))) };
    });
}

const medianOf = (runs: readonly ProcessRun[], f: (r: ProcessRun) => number): number => median(runs.map(f));

function processTable(dir: string, pages: number): string {
  const rows: string[][] = [];
  const row = (name: string, runs: readonly ProcessRun[]): void => {
    const wall = medianOf(runs, (r) => r.wallS);
    const cpu = medianOf(runs, (r) => r.cpuS);
    rows.push([name, (pages / wall).toFixed(1), ((1000 * wall) / pages).toFixed(2), ((1000 * cpu) / pages).toFixed(2), medianOf(runs, (r) => r.peakRssMb).toFixed(0)]);
  };
  // Alternated, so a change in the machine's load falls on both.
  const j1: ProcessRun[] = [];
  const j2: ProcessRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    j1.push(replayRun(dir, 1));
    j2.push(replayRun(dir, 2));
  }
  row('newsfacts replay --jobs 1', j1);
  row('newsfacts replay --jobs 2', j2);
  const traf = trafilaturaRuns(dir, RUNS);
  let note: string;
  if ('runs' in traf) {
    row(`trafilatura ${traf.version} (text+metadata)`, traf.runs);
    const ratio = (f: (r: ProcessRun) => number): string => (medianOf(j1, f) / medianOf(traf.runs, f)).toFixed(2);
    note = `\nreplay --jobs 1 / trafilatura: ${ratio((r) => r.cpuS)} by CPU time, ${ratio((r) => r.wallS)} by wall time (goal 0.33)` +
      `\ntrafilatura PYTHONPATH=${traf.pythonPath}`;
  } else note = `\ntrafilatura: skipped: ${traf.missing}`;
  const startupRunsDone = startupRuns(dir);
  const startup = startupRunsDone.length > 0 ? medianOf(startupRunsDone, (r) => r.cpuS) : Number.NaN;
  const speedup = medianOf(j1, (r) => r.wallS) / medianOf(j2, (r) => r.wallS);
  // On a shared machine wall time follows the other load; CPU time says what --jobs 2 costs over --jobs 1.
  const cpuCost = medianOf(j2, (r) => r.cpuS) / medianOf(j1, (r) => r.cpuS);
  return (
    `whole process on ${pages} pages (${dir}), median of ${RUNS} runs, compiled dist/\n\n` +
    table([['process', 'pages/s', 'wall ms/page', 'cpu ms/page', 'peak RSS MB'], ...rows]) +
    `\n--jobs 2 / --jobs 1 pages per second: ${speedup.toFixed(2)}x (goal 1.7x on 2 idle cores)` +
    `\n--jobs 2 / --jobs 1 CPU time (user+sys, all threads): ${cpuCost.toFixed(2)}x` +
    (Number.isNaN(startup) ? '' : `\nwarm-up: a replay of one page (--jobs 1) takes ${(1000 * startup).toFixed(0)} ms CPU (start, pipeline load, first page)`) +
    `\n--jobs 2 spends ${(1000 * (medianOf(j2, (r) => r.cpuS) - medianOf(j1, (r) => r.cpuS))).toFixed(0)} ms CPU more than --jobs 1` +
    ` (each worker loads and warms the pipeline)` +
    note
  );
}

/** `replay` of DIR's first page alone, RUNS times: what a thread pays before its pages (start-up, load, first page). */
function startupRuns(dir: string): ProcessRun[] {
  // The first page that replays (web-eval's first dozen have a sidecar URL that is not a web address).
  // A directory of page folders (test/fixtures/pages: NAME/source.html) has none at its top: no warm-up line.
  if (!readdirSync(dir).some((n) => /\.html?(\.gz)?$/i.test(n))) return [];
  for (let skip = 0; skip < 100; skip++) {
    const one = replicatePages(dir, 1, skip);
    try {
      if (replayRun(one.dir, 1).status !== 0) continue;
      return Array.from({ length: RUNS }, () => replayRun(one.dir, 1));
    } finally {
      one.remove();
    }
  }
  throw new Error(`${dir}: none of its first pages replays`);
}

/**
 * A big replay (MEMORY_PAGES pages, one run each): peak RSS of --jobs 2, and pages per second at --jobs 1 and 2,
 * where each thread's start-up and warm-up (a few seconds of a 330-page run) no longer decide the ratio.
 */
function memoryTable(dir: string): string {
  const big = replicatePages(dir, MEMORY_PAGES);
  try {
    const j1 = replayRun(big.dir, 1);
    const j2 = replayRun(big.dir, 2);
    const row = (name: string, r: ProcessRun): string[] =>
      [name, (big.pages / r.wallS).toFixed(1), ((1000 * r.cpuS) / big.pages).toFixed(2), r.peakRssMb.toFixed(0)];
    return (
      `big replay: ${big.pages} pages (the pages above, repeated), one run each\n\n` +
      table([['process', 'pages/s', 'cpu ms/page', 'peak RSS MB'], row('newsfacts replay --jobs 1', j1), row('newsfacts replay --jobs 2', j2)]) +
      `\n--jobs 2 / --jobs 1 pages per second on ${big.pages} pages: ${(j1.wallS / j2.wallS).toFixed(2)}x (goal 1.7x on 2 idle cores)` +
      `\npeak RSS of --jobs 2 ${j2.peakRssMb < MEMORY_GOAL_MB ? 'under' : 'OVER'} the ${MEMORY_GOAL_MB} MB goal`
    );
  } finally {
    big.remove();
  }
}

export default async function pipelineBench(): Promise<void> {
  buildDist();
  const webEval = loadWebEval();
  if ('missing' in webEval) console.log(`web-eval: skipped: ${webEval.missing} (set WEB_EVAL_DIR)`);
  else {
    const pages = webEval.pages.map((p) => ({ url: p.url, body: p.body }));
    console.log(`web-eval: ${pages.length} pages, per stage (second of two rounds)\n\n${stageTable(stageTimes(pages))}\n`);
    console.log(processTable(join(WEB_EVAL_DIR, 'pages'), pages.length));
    if (MEMORY_PAGES > 0) console.log(`\n${memoryTable(join(WEB_EVAL_DIR, 'pages'))}`);
  }
  const fixtures = loadFixturePages();
  console.log(`\nfixtures: ${fixtures.length} pages, per stage (second of two rounds)\n\n${stageTable(stageTimes(fixtures))}\n`);
  console.log(processTable(FIXTURES, fixtures.length));
}
