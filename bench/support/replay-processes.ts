import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess, type ProcessRun } from './process-run.js';
import { besideCheckout } from './web-eval.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** The compiled CLI is what a user runs: dist/ is rebuilt first unless BENCH_NO_BUILD=1. */
export function buildDist(): void {
  if (process.env.BENCH_NO_BUILD === '1' && existsSync(join(ROOT, 'dist'))) return;
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
}

/** `newsfacts replay DIR --jobs N`, writing its articles to a temporary file (never /dev/null: see JsonlOutput). */
export function replayRun(dir: string, jobs: number): ProcessRun {
  const out = mkdtempSync(join(tmpdir(), 'newsfacts-bench-'));
  try {
    // Run as a user runs it: through the bin's shebang, which gives node its V8 flags.
    const args = ['replay', dir, '--jobs', String(jobs), '--out', join(out, 'a.jsonl'), '--quiet'];
    return runProcess(join(ROOT, 'bin/newsfacts.js'), args);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** trafilatura's checkouts in `../ext` beside the checkout (trafilatura, htmldate, courlan, jusText, meta). */
function extPythonPath(): string | undefined {
  const ext = besideCheckout('ext');
  const parts = ['trafilatura', 'htmldate', 'courlan', 'jusText', 'meta'].map((p) => join(ext, p));
  return parts.every((p) => existsSync(p)) ? parts.join(':') : undefined;
}

export type TrafilaturaRuns = { runs: ProcessRun[]; version: string; pythonPath: string } | { missing: string };

/** The trafilatura driver on DIR, RUNS times: with $PYTHONPATH as given, else with the `../ext` checkouts. */
export function trafilaturaRuns(dir: string, runs: number): TrafilaturaRuns {
  const script = join(ROOT, 'bench/trafilatura_driver.py');
  const python = process.env.BENCH_PYTHON ?? '/usr/bin/python3';
  if (!existsSync(python)) return { missing: `${python} not found (set BENCH_PYTHON)` };
  const candidates = [process.env.PYTHONPATH ?? '', extPythonPath()].filter((p): p is string => p !== undefined);
  const importable = (p: string): boolean =>
    spawnSync(python, ['-c', 'import trafilatura'], { env: { ...process.env, PYTHONPATH: p }, stdio: 'ignore' })
      .status === 0;
  const pythonPath = candidates.find(importable);
  if (pythonPath === undefined) {
    const ext = '../ext/{trafilatura,htmldate,courlan,jusText,meta}';
    return { missing: `trafilatura is not importable (PYTHONPATH to its checkouts, or ${ext})` };
  }
  const env = { ...process.env, PYTHONPATH: pythonPath };
  const all = Array.from({ length: runs }, () => runProcess(python, [script, dir], env));
  const version = (JSON.parse(all[0]?.stdout.trim().split('\n').pop() ?? '{}') as { version?: string }).version ?? '?';
  return { runs: all, version, pythonPath };
}

/**
 * A directory of `count` pages made of DIR's pages (and their sidecars; the first `skip` left out) over and over, as
 * hard links (copies across file systems) in r00/, r01/ …: the memory run's 10,000 pages from the pages we have.
 */
export function replicatePages(dir: string, count: number, skip = 0): { dir: string; pages: number; remove: () => void } {
  const pages = readdirSync(dir).filter((n) => /\.html?(\.gz)?$/i.test(n)).sort().slice(skip);
  if (pages.length === 0) throw new Error(`${dir}: no pages to replicate`);
  const root = mkdtempSync(join(tmpdir(), 'newsfacts-bench-pages-'));
  const place = (from: string, to: string): void => {
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  };
  let made = 0;
  for (let round = 0; made < count; round++) {
    const sub = join(root, `r${String(round).padStart(3, '0')}`);
    mkdirSync(sub);
    for (const name of pages) {
      if (made >= count) break;
      place(join(dir, name), join(sub, name));
      const sidecar = name.replace(/\.html?(\.gz)?$/i, '.json');
      if (existsSync(join(dir, sidecar))) place(join(dir, sidecar), join(sub, sidecar));
      made++;
    }
  }
  return { dir: root, pages: made, remove: () => rmSync(root, { recursive: true, force: true }) };
}
