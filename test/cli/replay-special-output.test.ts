import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { lstat, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/newsfacts.js');
const PAGE =
  '<!doctype html><html lang="en"><head><title>Doses arrive</title></head><body><article><h1>Doses arrive</h1>' +
  '<p>The country received two million doses of vaccine on Monday, the health ministry said in a statement.</p>' +
  '<p>A second shipment of the vaccine is expected later this month, officials at the ministry added.</p></article></body></html>';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsfacts-special-out-'));
  await writeFile(join(dir, 'a.html'), PAGE);
  await writeFile(join(dir, 'b.html'), PAGE.replaceAll('two million', 'three million'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('replay --out to a file that is not a regular file', () => {
  it('writes into a named pipe and leaves it a pipe (as /dev/null must stay a device)', async () => {
    const fifo = join(dir, 'out.fifo');
    await run('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const read = new Promise<void>((resolve, reject) => {
      createReadStream(fifo).on('data', (c) => chunks.push(c as Buffer)).on('end', resolve).on('error', reject);
    });
    await run(process.execPath, [BIN, 'replay', dir, '--out', fifo, '--jobs', '2', '--quiet']);
    await read;
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(['a.html', 'b.html']);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  }, 120_000);
});
