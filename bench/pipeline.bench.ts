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
import { runProcess, type ProcessRun } from './support/process-run.js';
import { median, quantile, table, timeMs } from './support/stats.js';

/**
 * Where a page's time goes, and what a whole replay costs: p50/p90 of every stage on each page (calling the
 * functions the pipeline calls, in its order), then whole-process `newsfacts replay` at --jobs 1 and 2 and
 * trafilatura on the same pages (when a checkout is on PYTHONPATH). BENCH_RUNS (default 3) repeats each
 * process; medians are reported, CPU time (user+sys) beside wall time because a loaded machine skews wall time.
 */
const ROOT = new URL('..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'test/fixtures/pages');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

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

function replayRuns(dir: string, jobs: number): ProcessRun[] {
  const args = [join(ROOT, 'bin/newsfacts.js'), 'replay', dir, '--jobs', String(jobs), '--out', '/dev/null', '--quiet'];
  return Array.from({ length: RUNS }, () => runProcess(process.execPath, args));
}

function trafilaturaRuns(dir: string): { runs: ProcessRun[]; version: string } | { missing: string } {
  const script = join(ROOT, 'bench/trafilatura_driver.py');
  const python = process.env.BENCH_PYTHON ?? '/usr/bin/python3';
  if (!existsSync(python)) return { missing: `${python} not found` };
  const probe = runProcess(python, ['-c', 'import trafilatura']);
  if (probe.status !== 0) return { missing: 'trafilatura is not importable (set PYTHONPATH to a checkout to compare)' };
  const runs = Array.from({ length: RUNS }, () => runProcess(python, [script, dir]));
  const version = (JSON.parse(runs[0]?.stdout.trim().split('\n').pop() ?? '{}') as { version?: string }).version ?? '?';
  return { runs, version };
}

function processTable(dir: string, pages: number): string {
  const rows: string[][] = [];
  const row = (name: string, runs: readonly ProcessRun[]): void => {
    const wall = medianOf(runs, (r) => r.wallS);
    const cpu = medianOf(runs, (r) => r.cpuS);
    rows.push([name, (pages / wall).toFixed(1), ((1000 * wall) / pages).toFixed(2), ((1000 * cpu) / pages).toFixed(2), medianOf(runs, (r) => r.peakRssMb).toFixed(0)]);
  };
  const j1 = replayRuns(dir, 1);
  const j2 = replayRuns(dir, 2);
  row('newsfacts replay --jobs 1', j1);
  row('newsfacts replay --jobs 2', j2);
  const traf = trafilaturaRuns(dir);
  let note: string;
  if ('runs' in traf) {
    row(`trafilatura ${traf.version} (text+metadata)`, traf.runs);
    const ratio = (f: (r: ProcessRun) => number): string => (medianOf(j1, f) / medianOf(traf.runs, f)).toFixed(2);
    note = `\nreplay --jobs 1 / trafilatura: ${ratio((r) => r.cpuS)} by CPU time, ${ratio((r) => r.wallS)} by wall time`;
  } else note = `\ntrafilatura: skipped: ${traf.missing}`;
  const speedup = medianOf(j1, (r) => r.wallS) / medianOf(j2, (r) => r.wallS);
  const bin = existsSync(join(ROOT, 'dist')) ? 'compiled dist/' : 'TypeScript through tsx';
  return (
    `whole process on ${pages} pages, median of ${RUNS} runs (bin/newsfacts.js runs ${bin})\n\n` +
    table([['process', 'pages/s', 'wall ms/page', 'cpu ms/page', 'peak RSS MB'], ...rows]) +
    `\n--jobs 2 / --jobs 1 pages per second: ${speedup.toFixed(2)}x` +
    note
  );
}

export default async function pipelineBench(): Promise<void> {
  const webEval = loadWebEval();
  if ('missing' in webEval) console.log(`web-eval: skipped: ${webEval.missing}`);
  else {
    const pages = webEval.pages.map((p) => ({ url: p.url, body: p.body }));
    console.log(`web-eval: ${pages.length} pages, per stage (second of two rounds)\n\n${stageTable(stageTimes(pages))}\n`);
    console.log(processTable(join(WEB_EVAL_DIR, 'pages'), pages.length));
  }
  const fixtures = loadFixturePages();
  console.log(`\nfixtures: ${fixtures.length} pages, per stage (second of two rounds)\n\n${stageTable(stageTimes(fixtures))}\n`);
  console.log(processTable(FIXTURES, fixtures.length));
}
