import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, quantile, table } from './support/stats.js';

/**
 * Start-up time of the CLI as a user sees it: `node bin/newsfacts.js …` spawned RUNS times (after
 * WARMUP runs), median and p90 wall time, against a bare `node -e 0` on the same machine. The goal:
 * `--help` within 8× a bare node start. Builds dist/ first so the figures are those of the current source.
 */
export default async function startupBench(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const runs = Number(process.env.BENCH_RUNS ?? 20);
  const warmup = 3;
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  const bin = join(root, 'bin/newsfacts.js');
  const page = join(root, 'test/fixtures/pages/asiahealthwire-en-sinopharm-doses/source.html');
  const cases: Array<[string, string[]]> = [
    ['node -e 0', ['-e', '0']],
    ['newsfacts --help', [bin, '--help']],
    ['newsfacts --version', [bin, '--version']],
    ['newsfacts replay --help', [bin, 'replay', '--help']],
    ['newsfacts extract <one page>', [bin, 'extract', page]],
  ];
  const results = new Map<string, number[]>();
  for (let i = 0; i < warmup + runs; i++) {
    // Interleaved, so a burst of load on the machine hits every case alike.
    for (const [name, args] of cases) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr.toString()}`);
      if (i >= warmup) results.set(name, [...(results.get(name) ?? []), ms]);
    }
  }
  const base = median(results.get('node -e 0')!);
  const rows = [['command', 'median ms', 'p90 ms', '× node -e 0']];
  for (const [name] of cases) {
    const t = results.get(name)!;
    rows.push([name, median(t).toFixed(0), quantile(t, 0.9).toFixed(0), (median(t) / base).toFixed(1)]);
  }
  console.log(table(rows));
  const ratio = median(results.get('newsfacts --help')!) / base;
  console.log(
    `\n--help: ${ratio.toFixed(1)}× a bare node start (goal: within 8×): ${ratio <= 8 ? 'met' : 'NOT met'}; ` +
      `${runs} runs each`,
  );
}
