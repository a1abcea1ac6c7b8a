import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toFeedRecords, type FeedRecord } from '../../src/facts/feed-record.js';
import { FileFeedStore, type FeedStore } from '../../src/facts/feed-store.js';
import { makeArticle } from './make-article.js';

function records(n: number, url = 'https://example.test/a'): FeedRecord[] {
  const text = Array.from({ length: n }, (_, i) => `Có ${i + 1} triệu liều.`);
  const a = makeArticle(['Tiêu đề', ...text], text.map((t, i) => ({ type: 'dose' as const, span: `${i + 1} triệu liều`, value: (i + 1) * 1e6 })), { url });
  return toFeedRecords(a);
}

async function all(store: FeedStore, since?: string): Promise<Array<{ id: string; cursor: string }>> {
  const out: Array<{ id: string; cursor: string }> = [];
  for await (const { record, cursor } of store.read(since === undefined ? {} : { since })) out.push({ id: record.id, cursor });
  return out;
}

describe('FileFeedStore', () => {
  let dir: string;
  const stores: FileFeedStore[] = [];
  const open = async (opts: Parameters<typeof FileFeedStore.open>[1] = {}) => {
    const s = await FileFeedStore.open(dir, { fsync: false, ...opts });
    stores.push(s);
    return s;
  };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'feed-store-'));
  });
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('appends each id once, also across reopen', async () => {
    const rs = records(5);
    const s = await open();
    expect(await s.append(rs.slice(0, 3))).toEqual({ added: 3, duplicates: 0 });
    expect(await s.append([...rs, rs[4]!])).toEqual({ added: 2, duplicates: 4 });
    await s.close();
    const again = await open();
    expect(await again.append(rs)).toEqual({ added: 0, duplicates: 5 });
    expect((await all(again)).map((r) => r.id)).toEqual(rs.map((r) => r.id));
  });

  it('reads in append order after a cursor, resuming exactly', async () => {
    const rs = records(7);
    const s = await open();
    await s.append(rs.slice(0, 4));
    const first = await all(s);
    expect(first.map((r) => r.id)).toEqual(rs.slice(0, 4).map((r) => r.id));
    await s.append(rs.slice(4));
    const rest = await all(s, first.at(-1)!.cursor);
    expect(rest.map((r) => r.id)).toEqual(rs.slice(4).map((r) => r.id));
    expect(await all(s, rest.at(-1)!.cursor)).toEqual([]);
    const mid = await all(s, first[1]!.cursor);
    expect(mid.map((r) => r.id)).toEqual(rs.slice(2).map((r) => r.id));
  });

  it('reads after an ISO time using the append time kept outside the record', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const s = await open({ now: () => now });
    const rs = records(4);
    await s.append(rs.slice(0, 2));
    now = new Date('2026-01-01T12:00:00Z');
    await s.append(rs.slice(2));
    expect((await all(s, '2026-01-01T11:00:00Z')).map((r) => r.id)).toEqual(rs.slice(2).map((r) => r.id));
    expect((await all(s, '2025-12-31')).length).toBe(4);
    expect(await all(s, '2026-01-01T12:00:00Z')).toEqual([]);
    for await (const { record } of s.read()) expect(JSON.stringify(record)).not.toContain('2026-01-01T1');
    await expect(all(s, 'yesterday')).rejects.toThrow(/yesterday.*cursor/);
  });

  it('ignores a torn last line on read and repairs it on the next append', async () => {
    const rs = records(3);
    const s = await open();
    await s.append(rs.slice(0, 2));
    await s.close();
    const file = join(dir, 'feed.jsonl');
    const whole = await readFile(file, 'utf8');
    await appendFile(file, whole.split('\n')[0]!.slice(0, 40));
    const reopened = await open();
    expect((await all(reopened)).map((r) => r.id)).toEqual(rs.slice(0, 2).map((r) => r.id));
    expect(await reopened.append(rs)).toEqual({ added: 1, duplicates: 2 });
    const after = await readFile(file, 'utf8');
    expect(after.startsWith(whole)).toBe(true);
    expect(after.split('\n').filter(Boolean).every((l) => JSON.parse(l) !== null)).toBe(true);
    await reopened.close();
    expect((await all(await open())).map((r) => r.id)).toEqual(rs.map((r) => r.id));
  });

  it('skips a corrupt stored line without losing the others', async () => {
    const rs = records(2);
    const s = await open();
    await s.append(rs.slice(0, 1));
    await s.close();
    await appendFile(join(dir, 'feed.jsonl'), 'not json at all\n');
    const again = await open();
    await again.append(rs.slice(1));
    expect(again.corruptLines).toBe(1);
    expect((await all(again)).map((r) => r.id)).toEqual(rs.map((r) => r.id));
  });

  it('writes nothing of a batch that holds a record failing the schema', async () => {
    const rs = records(2);
    const s = await open();
    const bad = { ...rs[1]!, start: -1 } as FeedRecord;
    await expect(s.append([rs[0]!, bad])).rejects.toThrow(/start/);
    expect(await all(s)).toEqual([]);
    expect((await stat(join(dir, 'feed.jsonl')).catch(() => null))?.size ?? 0).toBe(0);
  });

  it('allows one writer per directory, any number of readers', async () => {
    const rs = records(2);
    const a = await open();
    await a.append(rs.slice(0, 1));
    const reader = await open();
    expect((await all(reader)).length).toBe(1);
    await expect(reader.append(rs.slice(1))).rejects.toThrow(/being written|lock/);
  });
});
