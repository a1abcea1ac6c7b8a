import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { exportCommand } from '../../src/cli/commands/export.js';
import { toFeedRecords, type FeedRecord } from '../../src/facts/feed-record.js';
import { FileFeedStore } from '../../src/facts/feed-store.js';
import { makeArticle } from './make-article.js';

function batch(url: string, lang: 'vi' | 'id'): FeedRecord[] {
  const a = makeArticle(
    ['Tiêu đề', 'Trong tháng 9/2021 có 5 triệu liều.'],
    [
      { type: 'date', span: 'tháng 9/2021', value: '2021-09', granularity: 'month' },
      { type: 'dose', span: '5 triệu liều', value: 5e6 },
    ],
    { url, lang },
  );
  return toFeedRecords(a);
}

describe('newsfacts export', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'export-'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  async function exportTo(args: string[]): Promise<{ lines: FeedRecord[]; cursor: string }> {
    const out = join(dir, `out-${Math.random().toString(36).slice(2)}.jsonl`);
    let printed = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((printed += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await exportCommand.run(['--feed', join(dir, 'feed'), '--out', out, ...args])).toBe(0);
    vi.restoreAllMocks();
    const text = await readFile(out, 'utf8');
    return { lines: text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as FeedRecord), cursor: printed.trim() };
  }

  it('resumes exactly from the cursor it printed, also across filtered records', async () => {
    const store = await FileFeedStore.open(join(dir, 'feed'), { fsync: false });
    const first = batch('https://example.test/1', 'vi');
    const second = batch('https://example.test/2', 'id');
    await store.append(first);
    const a = await exportTo(['--type', 'dose']);
    expect(a.lines.map((r) => r.id)).toEqual(first.filter((r) => r.type === 'dose').map((r) => r.id));
    await store.append(second);
    const b = await exportTo(['--since', a.cursor]);
    expect(b.lines).toEqual(second);
    const c = await exportTo(['--since', b.cursor]);
    expect(c.lines).toEqual([]);
    expect(c.cursor).toBe(b.cursor);
    const byLang = await exportTo(['--lang', 'id']);
    expect(byLang.lines.map((r) => r.id)).toEqual(second.map((r) => r.id));
    await store.close();
  });

  it('exports records byte for byte as they were appended', async () => {
    const store = await FileFeedStore.open(join(dir, 'feed'), { fsync: false });
    const records = batch('https://example.test/1', 'vi');
    await store.append(records);
    await store.close();
    const { lines } = await exportTo([]);
    expect(lines.map((r) => JSON.stringify(r))).toEqual(records.map((r) => JSON.stringify(r)));
  });

  it('rejects a bad --type, --lang or --since with a usage error', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await expect(exportCommand.run(['--feed', join(dir, 'feed'), '--type', 'money'])).rejects.toBeInstanceOf(UsageError);
    await expect(exportCommand.run(['--feed', join(dir, 'feed'), '--lang', 'fr'])).rejects.toBeInstanceOf(UsageError);
    const store = await FileFeedStore.open(join(dir, 'feed'), { fsync: false });
    await store.append(batch('https://example.test/1', 'vi'));
    await store.close();
    await expect(exportCommand.run(['--feed', join(dir, 'feed'), '--out', join(dir, 'x.jsonl'), '--since', 'last tuesday'])).rejects.toThrow(/last tuesday/);
  });
});
