import type { FeedRecord } from '../../../src/facts/feed-record.js';
import type { FeedStore } from '../../../src/facts/feed-store.js';

/** An in-memory FeedStore with the contract's idempotence, for processor tests without Redis. */
export class MemoryFeedStore implements FeedStore {
  readonly records: FeedRecord[] = [];
  private readonly ids = new Set<string>();
  appends = 0;

  async append(records: FeedRecord[]): Promise<{ added: number; duplicates: number }> {
    this.appends++;
    let added = 0;
    for (const r of records) {
      if (this.ids.has(r.id)) continue;
      this.ids.add(r.id);
      this.records.push(r);
      added++;
    }
    return { added, duplicates: records.length - added };
  }

  async *read(opts: { since?: string } = {}): AsyncIterable<{ record: FeedRecord; cursor: string }> {
    const start = opts.since === undefined ? 0 : Number(opts.since);
    for (let i = start; i < this.records.length; i++) yield { record: this.records[i]!, cursor: String(i + 1) };
  }

  async close(): Promise<void> {}
}
