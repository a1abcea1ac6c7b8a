import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jitFlags, SHARED_CORES_INTERRUPT_BUDGET } from '../../src/pipeline/replay-pool.js';

const ROOT = join(import.meta.dirname, '../..');
/** A resolve hook that prints every package file a process loads. */
const HOOKS = `data:text/javascript,${encodeURIComponent(
  'export async function resolve(s, c, next) { const r = await next(s, c); ' +
    "if (r.url.includes('/node_modules/')) console.log('LOADED ' + r.url); return r; }",
)}`;
const REGISTER = `import { register } from 'node:module'; register(${JSON.stringify(HOOKS)});`;
/** What a one-thread replay imports: the pipeline, the page worker and the JSONL output. */
const REPLAY_MODULES = ['src/pipeline/replay-parallel.ts', 'src/pipeline/replay-worker.ts', 'src/cli/output.ts'];

function packagesLoaded(modules: readonly string[]): Set<string> {
  const script = modules.map((m) => `await import(${JSON.stringify(join(ROOT, m))});`).join('\n');
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(REGISTER)}`,
    '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const names = [...r.stdout.matchAll(/^LOADED .*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1]!);
  return new Set(names);
}

describe('replay start-up', () => {
  it('loads neither parse5 nor undici (cheerio/slim), nor the parquet writer, nor a thread pool it may not start', () => {
    const loaded = packagesLoaded(REPLAY_MODULES);
    expect(loaded.has('htmlparser2') || loaded.has('cheerio')).toBe(true);
    for (const unused of ['parse5', 'undici', 'hyparquet-writer', 'csv-stringify', 'piscina']) {
      expect(loaded, unused).not.toContain(unused);
    }
  }, 60_000);

  it('starts its worker pool without loading the pipeline, so the workers load it while this thread does', () => {
    const loaded = packagesLoaded(['src/pipeline/replay-pool.ts']);
    for (const pipeline of ['cheerio', 'htmlparser2', 'zod', 'piscina']) expect(loaded, pipeline).not.toContain(pipeline);
  }, 60_000);

  it('counts the pages (or finds WARC input) before its workers start, loading neither zod nor iconv-lite', () => {
    const loaded = packagesLoaded(['src/pipeline/page-list.ts', 'src/crawlers/warc-input.ts', 'src/pipeline/replay-pool.ts']);
    for (const heavy of ['zod', 'iconv-lite', 'piscina']) expect(loaded, heavy).not.toContain(heavy);
  }, 60_000);

  it('posts pages to worker threads without loading the pipeline on this thread', () => {
    const loaded = packagesLoaded(['src/pipeline/replay-pool.ts', 'src/pipeline/replay-parallel.ts']);
    for (const pipeline of ['cheerio', 'htmlparser2', 'iconv-lite']) expect(loaded, pipeline).not.toContain(pipeline);
  }, 60_000);

  it('lets V8 optimise later when every core replays pages, and keeps its default on one thread', () => {
    expect(jitFlags(1)).toEqual([]);
    expect(jitFlags(2)).toEqual([`--interrupt-budget=${SHARED_CORES_INTERRUPT_BUDGET}`]);
    expect(SHARED_CORES_INTERRUPT_BUDGET).toBeGreaterThan(67_584);
  });
});
