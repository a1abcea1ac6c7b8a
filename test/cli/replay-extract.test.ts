import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/newsfacts.js');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const ARTICLE = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><title>${title}</title></head><body><article><h1>${title}</h1>` +
  `<p>${body}</p><p>${body} Paragraf kedua dengan kalimat yang cukup panjang untuk dibaca sebagai isi artikel.</p></article></body></html>`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsfacts-replay-'));
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'b.html'), ARTICLE('Vaksin tiba di Hanoi', 'Vietnam menerima 10 juta dosis vaksin pada bulan Juli dan Agustus.'));
  await writeFile(join(dir, 'b.json'), JSON.stringify({ url: 'https://news.example.id/vaksin-tiba', fetchedAt: '2021-09-06T10:00:00Z' }));
  await writeFile(join(dir, 'sub', 'a.html.gz'), gzipSync(ARTICLE('Diplomasi vaksin', 'Pemerintah terus memobilisasi para mitra bilateral untuk vaksin.')));
  await writeFile(join(dir, 'c-empty.html'), '');
  await writeFile(join(dir, 'd-binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  await writeFile(join(dir, 'e-truncated.html.gz'), gzipSync(ARTICLE('x', 'y')).subarray(0, 20));
  await writeFile(join(dir, 'f-bad-sidecar.html'), ARTICLE('Judul', 'Isi.'));
  await writeFile(join(dir, 'f-bad-sidecar.json'), '{not json');
  await writeFile(join(dir, 'g-not-html.html'), 'just a line of plain text, no markup at all');
  await writeFile(join(dir, 'notes.txt'), 'not a page');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('newsfacts replay', () => {
  it('emits one line per page in a stable order, errors as {file, error}, and goes on', async () => {
    const out = join(dir, 'out', 'articles.jsonl');
    const r = await cli(['replay', dir, '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const lines = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual([
      'b.html', 'c-empty.html', 'd-binary.html', 'e-truncated.html.gz', 'f-bad-sidecar.html', 'g-not-html.html', 'sub/a.html.gz',
    ]);
    const byFile = new Map(lines.map((l) => [l.file, l]));
    expect(byFile.get('b.html')).toMatchObject({ url: 'https://news.example.id/vaksin-tiba', fetchedAt: '2021-09-06T10:00:00Z', lang: 'id' });
    expect(String(byFile.get('b.html')!.text)).toContain('10 juta dosis');
    expect(String(byFile.get('sub/a.html.gz')!.text)).toContain('memobilisasi para mitra');
    expect(byFile.get('c-empty.html')!.error).toMatch(/empty/);
    expect(byFile.get('d-binary.html')!.error).toMatch(/binary/);
    expect(byFile.get('e-truncated.html.gz')!.error).toMatch(/gzip/);
    expect(byFile.get('f-bad-sidecar.html')!.error).toMatch(/f-bad-sidecar\.json: sidecar is not valid JSON/);
    expect(byFile.get('g-not-html.html')).toMatchObject({ text: '' });
    expect(byFile.get('g-not-html.html')!.reason).toEqual(expect.any(String));
    expect(r.stderr).toMatch(/replayed 7 pages .*: 3 ok .* 4 failed/);
  });

  it('is byte-identical on two runs', async () => {
    const a = await cli(['replay', dir, '--quiet']);
    const b = await cli(['replay', dir, '--quiet']);
    expect(a.stdout.length).toBeGreaterThan(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('fails clearly on a missing directory', async () => {
    const r = await cli(['replay', join(dir, 'nope')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope: no such file or directory/);
  });
});

describe('newsfacts extract', () => {
  it('prints one Article as JSON, with --url overriding the sidecar', async () => {
    const r = await cli(['extract', join(dir, 'b.html'), '--url', 'https://other.example/x']);
    expect(r.code).toBe(0);
    const article = JSON.parse(r.stdout) as { url: string; title: string; facts: unknown[] };
    expect(article.url).toBe('https://other.example/x');
    expect(article.title).toBe('Vaksin tiba di Hanoi');
    expect(Array.isArray(article.facts)).toBe(true);
  });

  it('prints the text with --format text', async () => {
    const r = await cli(['extract', join(dir, 'sub', 'a.html.gz'), '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('Diplomasi vaksin\n\n')).toBe(true);
  });

  it('names the file and the problem on bad input, exit 1', async () => {
    const r = await cli(['extract', join(dir, 'd-binary.html')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/d-binary\.html: binary content/);
  });

  it('rejects bad arguments with usage, exit 2', async () => {
    const r = await cli(['extract', join(dir, 'b.html'), '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format must be json or text/);
    expect(r.stderr).toMatch(/Usage: newsfacts extract/);
  });

  it('lists the commands with --help', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/extract/);
    expect(r.stdout).toMatch(/replay/);
  });
});
