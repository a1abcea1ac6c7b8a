import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NewsfactsError } from '../../src/core/index.js';
import { listPages, loadPage } from '../../src/pipeline/dir-source.js';

describe('a gzip bomb .html.gz', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gzip-bomb-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stops decompressing at the 10 MiB cap and names the file', async () => {
    const bomb = join(dir, 'bomb.html.gz');
    // 64 MiB of spaces after a tag: not binary, so only a cap stops it.
    await writeFile(bomb, gzipSync(Buffer.concat([Buffer.from('<html><body><p>x</p>'), Buffer.alloc(64 * 1024 * 1024, 0x20)]), { level: 1 }));
    const err = await loadPage(bomb, 'bomb.html.gz').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NewsfactsError);
    expect((err as NewsfactsError).code).toBe('too-large');
    expect((err as Error).message).toMatch(/^bomb\.html\.gz: .*larger than 10485760 bytes/);
  });

  it('a page under the cap still loads', async () => {
    const page = join(dir, 'ok.html.gz');
    await writeFile(page, gzipSync(Buffer.from('<html><body><p>Xin chào</p></body></html>')));
    const [entry] = await listPages(dir);
    expect(entry?.file).toBe('ok.html.gz');
    const snap = await loadPage(page);
    expect(Buffer.from(snap.body).toString()).toContain('Xin chào');
  });
});
