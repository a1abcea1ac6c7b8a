import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const GIB = 1024 * 1024 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));

/** A 1 GiB-of-zeros `.html.gz` replayed in a child process: its peak RSS, which the 10 MiB cap bounds. */
export default async function gzipBomb(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bomb-bench-'));
  const file = join(dir, 'bomb.html.gz');
  try {
    const chunk = Buffer.alloc(1024 * 1024);
    let left = GIB / chunk.length;
    const zeros = new Readable({ read() { this.push(left-- > 0 ? chunk : null); } });
    await pipeline(zeros, createGzip({ level: 1 }), createWriteStream(file));
    const script = `
      const { loadPage } = await import('./src/pipeline/dir-source.ts');
      const err = await loadPage(${JSON.stringify(file)}, 'bomb.html.gz').then(() => 'loaded', (e) => e.message);
      console.log(JSON.stringify({ err, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    const out = JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { err?: string; maxRssMb?: number };
    console.log(`gzip bomb: ${(await stat(file)).size} bytes compressed, 1 GiB of zeros; peak RSS ${out.maxRssMb} MB (must stay < 300); result: ${out.err}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
