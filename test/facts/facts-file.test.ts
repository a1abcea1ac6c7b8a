import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/core/index.js';
import { FactsFile } from '../../src/facts/facts-file.js';
import { FeedRecord } from '../../src/facts/feed-record.js';
import { makeArticle } from './make-article.js';

const article = (url: string) =>
  makeArticle(
    ['Tiêu đề', 'Trong tháng 9/2021 có 5 triệu liều.'],
    [
      { type: 'date', span: 'tháng 9/2021', value: '2021-09', granularity: 'month' },
      { type: 'dose', span: '5 triệu liều', value: 5e6 },
    ],
    { url },
  );

describe('FactsFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'facts-file-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes each id once, sends schema failures to the rejects file with the reason, and appears only on close', async () => {
    const path = join(dir, 'facts.jsonl');
    const out = await FactsFile.open(path);
    const a = article('https://example.test/1');
    const broken = { ...a, facts: [...a.facts, { ...a.facts[1]!, id: 'd_broken', value: -5 } as Fact] };
    await out.add(broken);
    await out.add(a);
    expect(await readdir(dir)).not.toContain('facts.jsonl');
    expect(await out.close()).toEqual({ records: 2, duplicates: 2, rejects: 1 });
    const lines = (await readFile(path, 'utf8')).split('\n').filter(Boolean);
    expect(lines.map((l) => FeedRecord.parse(JSON.parse(l)).id)).toEqual(a.facts.map((f) => f.id));
    const rejects = (await readFile(join(dir, 'facts.rejects.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>);
    expect(rejects).toEqual([{ articleUrl: 'https://example.test/1', factId: 'd_broken', reason: expect.stringMatching(/value/) as unknown as string }]);
    expect((await readdir(dir)).sort()).toEqual(['facts.jsonl', 'facts.rejects.jsonl']);
  });

  it('leaves nothing behind when aborted', async () => {
    const out = await FactsFile.open(join(dir, 'facts.jsonl'));
    await out.add(article('https://example.test/1'));
    await out.abort();
    expect(await readdir(dir)).toEqual([]);
  });
});
