import { execFile, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/newsfacts.js');

async function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const PAGE = `<!doctype html><html lang="en"><head><title>Vaccine arrives</title></head>
<body><article><h1>Vaccine arrives</h1>
<p>Vietnam received 2 million doses of AstraZeneca vaccine from Japan on July 6, 2021, the Ministry of Health said.</p>
<p>The shipment is the largest so far and will go to the southern provinces first, officials told reporters.</p>
</article></body></html>`;

let dir: string;
let bad: string;
let mixed: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsfacts-cli-'));
  bad = join(dir, 'bad');
  mixed = join(dir, 'mixed');
  for (const d of [bad, mixed]) await mkdir(d);
  await writeFile(join(bad, 'a.html'), '');
  await writeFile(join(bad, 'b.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  await writeFile(join(mixed, 'a.html'), PAGE);
  await writeFile(join(mixed, 'b.html'), '');
  await writeFile(join(mixed, 'c.html'), PAGE.replace('2 million', '3 million'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('newsfacts options, help and exit codes', () => {
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(await readFile(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    const r = await cli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('the bin runs as a program: its shebang gives node the regexp flag', async () => {
    const direct = spawnSync(BIN, ['--version'], { encoding: 'utf8' });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const [shebang] = (await readFile(BIN, 'utf8')).split('\n');
    expect(shebang).toBe('#!/usr/bin/env -S node --no-regexp-tier-up');
  });

  it.each([
    ['replay', ['--out', '--facts', '--warc', '--sites-only', '--json', '--fail-on-error', '--quiet']],
    [
      'crawl',
      [
        '--site',
        '--max-pages',
        '--max-depth',
        '--out',
        '--base-url',
        '--allow-loopback',
        '--delay-ms',
        '--host-concurrency',
        '--concurrency',
        '--user-agent',
        '--fresh',
        '--json',
        '--fail-on-error',
      ],
    ],
    ['export', ['--since', '--type', '--lang', '--out', '--feed', '--json']],
    ['report', ['--facts', '--feed', '--out', '--title', '--top', '--json']],
  ])('%s --help describes every option, with defaults and examples', async (command, flags) => {
    const r = await cli([command, '--help']);
    expect(r.code).toBe(0);
    for (const flag of flags) expect(r.stdout).toMatch(new RegExp(`^ +(-\\w, )?${flag}\\b.* \\w+`, 'm'));
    expect(r.stdout).toMatch(/Examples:\n {2}\$ newsfacts /);
    expect(r.stdout).toMatch(/--log-level/);
  });

  it('shows the polite crawl defaults from the crawl options', async () => {
    const r = await cli(['crawl', '--help']);
    expect(r.stdout).toMatch(/--max-pages <n>[\s\S]*?\(default: 200\)/);
    expect(r.stdout).toMatch(/--delay-ms <ms>[\s\S]*?\(default: 1000\)/);
  });

  it.each([
    [['replay', 'MIXED', '--no-such-option']],
    [['crawl', '--max-pages', 'ten']],
    [['export', '--type', 'money']],
    [['crawl', '--site', 'no-such-site']],
    [['report', '--out', 'x.html']],
    [['no-such-command']],
  ])('a usage error exits 2 and names the problem: %j', async (args) => {
    const r = await cli(args.map((a) => (a === 'MIXED' ? mixed : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: newsfacts/);
  });

  it('replay exits 1 when every page failed, 0 when some did, 1 with --fail-on-error', async () => {
    expect((await cli(['replay', bad, '--quiet'])).code).toBe(1);
    expect((await cli(['replay', mixed, '--quiet'])).code).toBe(0);
    expect((await cli(['replay', mixed, '--quiet', '--fail-on-error'])).code).toBe(1);
  });

  it('replay --json prints a JSON summary on stdout', async () => {
    const facts = join(dir, 'facts.jsonl');
    const r = await cli(['replay', mixed, '--facts', facts, '--json', '--quiet']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(s).toMatchObject({ pages: 3, ok: 2, failed: 1, feed: { path: facts } });
    expect(s.facts).toBeGreaterThan(0);
    expect((await cli(['replay', mixed, '--json'])).code).toBe(2); // articles would share stdout with the summary
  });

  it('progress on a pipe is plain lines with rate and time left, never a carriage return', async () => {
    const r = await cli(['replay', mixed, '--out', join(dir, 'a.jsonl')], { NEWSFACTS_PROGRESS_INTERVAL_MS: '0' });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).toMatch(/^replay: 1\/3 pages \(33%\), [\d.]+ pages\/s, about \d+ s left$/m);
    expect(r.stderr).toMatch(/^replay: 3\/3 pages \(100%\)/m);
  });

  it('logs JSON lines with NEWSFACTS_LOG_FORMAT=json, and --log-level filters them', async () => {
    const json = await cli(['replay', mixed, '--out', join(dir, 'b.jsonl'), '--quiet'], {
      NEWSFACTS_LOG_FORMAT: 'json',
    });
    const records = json.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: number; msg: string; file: string });
    expect(records).toEqual([
      expect.objectContaining({ level: 40, file: 'b.html', msg: expect.stringMatching(/^failed: .*b\.html: .*empty/) }),
    ]);
    const quiet = await cli(['--log-level', 'error', 'replay', mixed, '--out', join(dir, 'c.jsonl'), '--quiet']);
    expect(quiet.stderr).not.toMatch(/failed:/);
    expect(quiet.stderr).toMatch(/replayed 3 pages/);
  });
});

describe('progress on a terminal', () => {
  // util-linux `script` gives the CLI a pseudo-terminal, as a user's shell would.
  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('is a bar with the count, the rate and the time left', async () => {
    const cmd = [process.execPath, BIN, 'replay', mixed, '--out', join(dir, 'tty.jsonl')]
      .map((a) => `'${a}'`)
      .join(' ');
    const { stdout } = await run('script', ['-qec', cmd, '/dev/null'], { env: { ...process.env, NO_COLOR: '1' } });
    expect(stdout).toMatch(/replay \[[█░]+\] \d\/3 pages \| [\d.]+ pages\/s \| \d+s left/);
    expect(stdout).toMatch(/WARN +failed: .*b\.html/);
    expect(stdout).toMatch(/replayed 3 pages/);
  });
});
