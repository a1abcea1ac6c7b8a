import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { evalCommand } from '../../src/cli/commands/eval.js';
import type { EvalReport } from '../../src/facts/eval.js';

const FIXTURE = new URL('../fixtures/pages/vietnamplus-vi-ngoai-giao-vaccine/', import.meta.url).pathname;

describe('newsfacts eval', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'eval-cmd-'));
    await cp(FIXTURE, join(tmp, 'pages', 'p1'), { recursive: true });
    const gold = [
      { type: 'page', page: 'p1', lang: 'vi', types: ['dose'] },
      { type: 'dose', page: 'p1', text: '16,6 triệu liều vaccine', value: 16.6e6 },
      { type: 'page', page: 'absent', lang: 'id', types: ['dose'] },
    ];
    await writeFile(join(tmp, 'gold.jsonl'), gold.map((g) => JSON.stringify(g)).join('\n'));
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('replays a fixture folder, names pages by folder, scores facts and text, and names gold pages it did not see', async () => {
    let out = '';
    let err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    try {
      expect(await evalCommand.run(['--gold', join(tmp, 'gold.jsonl'), join(tmp, 'pages'), '--json'])).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
    const report = JSON.parse(out) as EvalReport;
    expect(report.pagesScored).toBe(1);
    expect(report.facts['dose/vi']?.gold).toBe(1);
    expect(report.text['text/vi']?.pages).toBe(1);
    expect(report.pagesWithoutPrediction).toEqual(['absent']);
    expect(err).toMatch(/absent/);
  });

  it('needs --gold for an articles .jsonl, and one input', async () => {
    await expect(evalCommand.run([join(tmp, 'articles.jsonl')])).rejects.toThrow(/--gold/);
    await expect(evalCommand.run(['--gold', join(tmp, 'gold.jsonl')])).rejects.toThrow(/one input/);
  });
});
