import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { crawlCommand } from '../../src/cli/commands/crawl.js';
import type { CrawlSummary } from '../../src/crawlers/crawl.js';

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'newsfacts-crawl-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function readJsonl<T = Record<string, unknown>>(path: string): Promise<T[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

/** Runs `newsfacts crawl` in-process with --json; returns its exit code and parsed summary. */
export async function runCrawlCli(args: string[]): Promise<{ code: number; summary: CrawlSummary & { warcFiles: string[] }; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  let code: number;
  try {
    code = await crawlCommand.run([...args, '--json', '--quiet']);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  const line = stdout.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`no JSON summary on stdout; stderr:\n${stderr}`);
  return { code, summary: JSON.parse(line) as CrawlSummary & { warcFiles: string[] }, stderr };
}

/**
 * Flags that make a mirror crawl quick while keeping every politeness mechanism switched on. The timeout is
 * generous (a busy test machine must not time out ordinary pages); the mirror's slow page takes 10 s.
 */
export function mirrorFlags(baseUrl: string, out: string): string[] {
  return ['--base-url', baseUrl, '--allow-loopback', '--out', out, '--delay-ms', '20', '--host-concurrency', '2', '--timeout-ms', '2000', '--max-retries', '2', '--backoff-ms', '50'];
}
