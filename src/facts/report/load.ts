import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { NewsfactsError, zodReason } from '../../core/index.js';
import { FeedRecord } from '../feed-record.js';
import { FileFeedStore } from '../feed-store.js';

export interface LoadedRecords {
  records: FeedRecord[];
  /** Lines that are not feed records (line number and reason): reported, never fatal. */
  skipped: { line: number; reason: string }[];
}

/** A facts JSONL file (`replay --facts`, `export`, a crawl's facts.jsonl). */
export async function readFactsFile(path: string): Promise<LoadedRecords> {
  const records: FeedRecord[] = [];
  const skipped: LoadedRecords['skipped'] = [];
  let line = 0;
  try {
    for await (const raw of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
      line++;
      if (!raw.trim()) continue;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        skipped.push({ line, reason: 'not JSON' });
        continue;
      }
      const parsed = FeedRecord.safeParse(json);
      if (parsed.success) records.push(parsed.data);
      else
        skipped.push({ line, reason: zodReason(parsed.error) });
    }
  } catch (err) {
    throw new NewsfactsError('input', path, `cannot read: ${(err as Error).message}`, { cause: err });
  }
  return { records, skipped };
}

/** Every record of a file feed store directory (`data/feed`). */
export async function readFeedDir(dir: string): Promise<LoadedRecords> {
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new NewsfactsError('input', dir, 'not a feed directory');
  const store = await FileFeedStore.open(dir);
  const records: FeedRecord[] = [];
  try {
    for await (const { record } of store.read()) records.push(record);
  } finally {
    await store.close();
  }
  return { records, skipped: [] };
}
