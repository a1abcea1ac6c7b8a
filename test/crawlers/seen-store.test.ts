import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalizeUrl, contentHash, FileSeenStore } from '../../src/crawlers/seen-store.js';
import { tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  tmp = await tempDir();
});
afterEach(async () => tmp.cleanup());

describe('FileSeenStore', () => {
  it('remembers URLs and hashes across reopenings', async () => {
    const path = join(tmp.dir, 'data', 'seen.jsonl');
    const a = await FileSeenStore.open(path);
    await a.add('https://vovworld.vn/a-1234.vov', 'h1');
    await a.add('https://vovworld.vn/b-1235.vov', 'h2');
    expect(await a.has('https://vovworld.vn/a-1234.vov')).toBe(true);
    await a.close();
    const b = await FileSeenStore.open(path);
    expect(await b.has('https://vovworld.vn/b-1235.vov')).toBe(true);
    expect(await b.hasContent('h1')).toBe(true);
    expect(await b.has('https://vovworld.vn/c-1236.vov')).toBe(false);
    expect(b.size).toBe(2);
    await b.close();
  });

  it('drops a torn last line on load and appends after it on a clean line', async () => {
    const path = join(tmp.dir, 'seen.jsonl');
    await writeFile(path, '{"u":"https://x.invalid/1","h":"a"}\nnot json\n{"u":"https://x.invalid/2","h":"b"}\n{"u":"https://x.inva');
    const s = await FileSeenStore.open(path);
    expect(s.skippedLines).toBe(2);
    expect(await s.has('https://x.invalid/1')).toBe(true);
    expect(await s.has('https://x.invalid/2')).toBe(true);
    await s.add('https://x.invalid/3', 'c');
    await s.close();
    const lines = (await readFile(path, 'utf8')).split('\n').filter(Boolean);
    expect(lines.at(-1)).toMatch(/^\{"u":"https:\/\/x.invalid\/3","h":"c"/);
    expect(lines.slice(0, 3)).toEqual(['{"u":"https://x.invalid/1","h":"a"}', 'not json', '{"u":"https://x.invalid/2","h":"b"}']);
    await appendFile(path, '{"u":"https://x.invalid/4"');
    const again = await FileSeenStore.open(path);
    expect(await again.has('https://x.invalid/3')).toBe(true);
    expect(await again.has('https://x.invalid/4')).toBe(false);
    await again.close();
  });
});

describe('canonicalizeUrl / contentHash', () => {
  it('lower-cases the host, drops the fragment, default port and tracking parameters, sorts the rest', () => {
    expect(canonicalizeUrl('HTTPS://WWW.VietnamPlus.vn:443/Tin-post1.vnp?utm_source=fb&b=2&fbclid=x&a=1&zarsrc=3#comments')).toBe(
      'https://www.vietnamplus.vn/Tin-post1.vnp?a=1&b=2',
    );
    expect(canonicalizeUrl('https://vovworld.vn/id-ID.vov?utm_medium=x')).toBe('https://vovworld.vn/id-ID.vov');
    expect(canonicalizeUrl('https://vovworld.vn/id-ID.vov?trang=2')).toBe('https://vovworld.vn/id-ID.vov?trang=2');
  });

  it('hashes text independent of whitespace and Unicode composition', () => {
    expect(contentHash('Việt Nam  nhận\nvaccine')).toBe(contentHash('Vie\u0323\u0302t Nam nhận vaccine '));
    expect(contentHash('a')).not.toBe(contentHash('b'));
  });
});
