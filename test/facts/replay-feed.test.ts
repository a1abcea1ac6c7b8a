import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { replayCommand } from '../../src/cli/commands/replay.js';
import type { FeedRecord } from '../../src/facts/feed-record.js';
import { FileFeedStore } from '../../src/facts/feed-store.js';
import { readJsonl } from '../crawlers/helpers.js';

const PAGES = join(import.meta.dirname, '../fixtures/pages');

async function quietly<T>(fn: () => Promise<T>): Promise<{ value: T; stderr: string }> {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { value: await fn(), stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('replay --feed DIR', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nf-replay-feed-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('appends the records of --facts to the feed store, and a second replay adds none', async () => {
    const feed = join(dir, 'feed');
    const facts = join(dir, 'facts.jsonl');
    const first = await quietly(() => replayCommand.run([PAGES, '--facts', facts, '--feed', feed, '--quiet']));
    expect(first.value).toBe(0);
    const fromFile = await readJsonl<FeedRecord>(facts);
    expect(fromFile.length).toBeGreaterThan(0);
    expect(first.stderr).toContain(`feed store ${feed}: ${fromFile.length} records added`);
    const second = await quietly(() => replayCommand.run([PAGES, '--feed', feed, '--quiet']));
    expect(second.stderr).toContain(`feed store ${feed}: 0 records added`);

    const store = await FileFeedStore.open(feed, { fsync: false });
    const stored: FeedRecord[] = [];
    for await (const { record } of store.read()) stored.push(record);
    await store.close();
    expect(stored.map((r) => r.id)).toEqual(fromFile.map((r) => r.id));
    // A fixture page replayed from its directory names its site by profile or host, never by file.
    for (const r of stored) expect(r.article.site).toMatch(/^(?:vovworld|vietnamplus|[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/);
  }, 120_000);
});
