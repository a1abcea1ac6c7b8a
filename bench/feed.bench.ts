import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replayCommand } from '../src/cli/commands/replay.js';

/**
 * Replay throughput and peak memory of `newsfacts replay <dir> --facts facts.jsonl` (the command itself,
 * in this process) over BENCH_PAGES pages (default 10,000): the fixture pages replicated, each copy with
 * its own URL (sidecar and canonical link) so that every copy's facts are new records.
 */
export default async function feedBench(): Promise<void> {
  const pages = Number(process.env.BENCH_PAGES ?? 10_000);
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'pages');
  const tmp = await mkdtemp(join(tmpdir(), 'feed-bench-'));
  try {
    const sources: Array<{ name: string; html: string; url: string }> = [];
    for (const name of (await readdir(fixtures)).sort()) {
      const html = await readFile(join(fixtures, name, 'source.html'), 'latin1').catch(() => undefined);
      if (html === undefined) continue;
      const meta = JSON.parse(await readFile(join(fixtures, name, 'expected-metadata.json'), 'utf8').catch(() => '{}')) as { url?: string };
      sources.push({ name, html, url: meta.url ?? `https://example.test/${name}` });
    }
    if (sources.length === 0) throw new Error(`${fixtures}: no fixture pages`);
    const root = join(tmp, 'pages');
    for (let i = 0; i < pages; i++) {
      const s = sources[i % sources.length]!;
      const dir = join(root, String(Math.floor(i / 1000)).padStart(2, '0'), `${String(i).padStart(5, '0')}-${s.name}`);
      // The page's own links to itself (canonical, og:url; absolute or relative) get the copy's URL too.
      const path = new URL(s.url).pathname;
      const url = new URL(`?copy=${i}`, s.url).href;
      await mkdir(dir, { recursive: true });
      // latin1 in and out keeps the bytes as they are, whatever the page's charset.
      await writeFile(join(dir, 'source.html'), path.length > 1 ? s.html.split(path).join(`${path}?copy=${i}`) : s.html, 'latin1');
      await writeFile(join(dir, 'source.json'), JSON.stringify({ url, fetchedAt: '2021-09-06T12:00:00Z' }));
    }
    const out = join(tmp, 'facts.jsonl');
    const maxBefore = process.resourceUsage().maxRSS * 1024;
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const code = await replayCommand.run([root, '--facts', out, '--quiet']);
    const secs = (performance.now() - started) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const maxAfter = process.resourceUsage().maxRSS * 1024;
    if (code !== 0) throw new Error(`replay exited ${code}`);
    let lines = 0;
    for await (const chunk of createReadStream(out) as AsyncIterable<Buffer>) for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
    // With node --expose-gc: the heap still held after replay, to tell retained memory from garbage not yet collected.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const retained = gc ? ` (heap after GC: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB)` : '';
    // The process's max RSS counts only when replay raised it above what setting up had reached.
    const peakReplay = maxAfter > maxBefore ? Math.max(peak, maxAfter) : peak;
    console.log(`| pages | seconds | pages/s | records | facts file | RSS before | peak RSS during replay |`);
    console.log(`|---|---|---|---|---|---|---|`);
    console.log(`| ${pages} | ${secs.toFixed(1)} | ${(pages / secs).toFixed(0)} | ${lines} | ${mb((await stat(out)).size)} | ${mb(rssBefore)} | ${mb(peakReplay)}${retained} |`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
