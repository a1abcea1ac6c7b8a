import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toFeedRecords } from '../../src/facts/feed-record.js';
import { FileFeedStore } from '../../src/facts/feed-store.js';
import { makeArticle } from '../facts/make-article.js';

const CHUNK = 64 * 1024;

/**
 * A feed whose lines are padded (JSON allows trailing spaces) so that a newline is the first byte of
 * the 1st, 2nd … 5th 64 KiB read chunk.
 */
function boundaryFeed(): { text: string; ids: string[]; newlineOffsets: number[] } {
  const text = Array.from({ length: 40 }, (_, i) => `Có ${i + 1} triệu liều.`);
  const article = makeArticle(['Tiêu đề', ...text], text.map((t, i) => ({ type: 'dose' as const, span: `${i + 1} triệu liều`, value: (i + 1) * 1e6 })));
  const base = toFeedRecords(article);
  const lines: string[] = [];
  const ids: string[] = [];
  const newlineOffsets: number[] = [];
  let size = 0;
  let boundary = CHUNK;
  for (let seq = 1; boundary <= 5 * CHUNK; seq++) {
    const record = { ...base[seq % base.length]!, id: `${base[seq % base.length]!.id}-${seq}` };
    let line = JSON.stringify({ seq, at: '2021-09-06T10:00:00.000Z', record });
    const room = boundary - size;
    const nextLen = Buffer.byteLength(line);
    if (nextLen >= room || nextLen * 2 + 1 > room) {
      // this line ends exactly so that its newline sits at `boundary`
      line += ' '.repeat(Math.max(0, room - nextLen));
      boundary += CHUNK;
    }
    newlineOffsets.push(size + Buffer.byteLength(line));
    lines.push(line);
    ids.push(record.id);
    size += Buffer.byteLength(line) + 1;
  }
  return { text: `${lines.join('\n')}\n`, ids, newlineOffsets };
}

describe('export --feed: a newline on a 64 KiB chunk boundary', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'feed-boundary-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads every record, also from a cursor', async () => {
    const feed = boundaryFeed();
    for (let k = 1; k <= 5; k++) expect(feed.newlineOffsets).toContain(k * CHUNK);
    await writeFile(join(dir, 'feed.jsonl'), feed.text);
    const store = await FileFeedStore.open(dir, { fsync: false });
    try {
      expect(store.size).toBe(feed.ids.length);
      const got: string[] = [];
      for await (const { record } of store.read()) got.push(record.id);
      expect(got).toEqual(feed.ids);
      const after: string[] = [];
      for await (const { record } of store.read({ since: '3' })) after.push(record.id);
      expect(after).toEqual(feed.ids.slice(3));
    } finally {
      await store.close();
    }
  });
});
