import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { NewsfactsError, zodReason } from '../core/index.js';
import { FeedRecord } from './feed-record.js';

/**
 * Where feed records live. `append` is idempotent by record id (a re-run job writes nothing twice);
 * `read` yields records in append order after a cursor (one that `read` yielded before) or after an ISO
 * time (records appended after it). Implementations: FileFeedStore (embedded default), a Redis store.
 */
export interface FeedStore {
  append(records: FeedRecord[]): Promise<{ added: number; duplicates: number }>;
  read(opts?: { since?: string }): AsyncIterable<{ record: FeedRecord; cursor: string }>;
  close(): Promise<void>;
}

/** Epoch ms of an ISO `--since` ("2021-09-06", "2021-09-06T10:00:00Z"), or undefined when it is not one. */
export function isoSince(since: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(since)) return undefined;
  const ms = Date.parse(since);
  return Number.isNaN(ms) ? undefined : ms;
}

/** One stored line: the record plus what only the store knows (order, append time), kept out of the record. */
const FeedEnvelope = z.object({ seq: z.number().int().positive(), at: z.iso.datetime(), record: FeedRecord });
type FeedEnvelope = z.infer<typeof FeedEnvelope>;

interface Entry {
  seq: number;
  at: number;
  offset: number;
  length: number;
}

const NL = 0x0a;

/**
 * The embedded feed store: `<dir>/feed.jsonl`, one envelope per line. Crash-safe: a batch is appended as
 * whole lines in one write; a torn last line (a crash mid-write) is ignored on read and cut off before the
 * next append, so what was stored is never touched. The id index is rebuilt from the file on open.
 * One writing process per directory (`feed.lock`); any number of readers.
 */
export class FileFeedStore implements FeedStore {
  readonly file: string;
  private readonly lockFile: string;
  /** This instance's lock: another instance, even in this process, would keep its own id index. */
  private readonly lockToken = `${process.pid} ${randomUUID()}`;
  private readonly entries: Entry[] = [];
  private readonly ids = new Set<string>();
  /** Bytes of whole lines: everything after it is a torn tail. */
  private validLength = 0;
  private handle: FileHandle | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** Complete lines that were not valid JSON envelopes, skipped. */
  corruptLines = 0;

  private constructor(
    readonly dir: string,
    private readonly opts: { fsync: boolean; now: () => Date },
  ) {
    this.file = join(dir, 'feed.jsonl');
    this.lockFile = join(dir, 'feed.lock');
  }

  static async open(dir = 'data/feed', opts: { fsync?: boolean; now?: () => Date } = {}): Promise<FileFeedStore> {
    const store = new FileFeedStore(dir, { fsync: opts.fsync ?? true, now: opts.now ?? (() => new Date()) });
    try {
      await mkdir(dir, { recursive: true });
    } catch (err) {
      throw new NewsfactsError('feed-store', dir, 'cannot create the feed directory', { cause: err });
    }
    await store.scan();
    return store;
  }

  get size(): number {
    return this.entries.length;
  }

  private async scan(): Promise<void> {
    let offset = 0;
    let carry: Buffer[] = [];
    let carryLen = 0;
    const stream = createReadStream(this.file);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        let from = 0;
        for (let i = chunk.indexOf(NL); i !== -1; i = chunk.indexOf(NL, i + 1)) {
          const piece = chunk.subarray(from, i);
          const line = carryLen > 0 ? Buffer.concat([...carry, piece]) : piece;
          this.index(line, offset);
          offset += line.length + 1;
          carry = [];
          carryLen = 0;
          from = i + 1;
        }
        if (from < chunk.length) {
          carry.push(chunk.subarray(from));
          carryLen += chunk.length - from;
        }
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw new NewsfactsError('feed-store', this.file, 'cannot read the feed', { cause: err });
    }
    this.validLength = offset;
  }

  private index(line: Buffer, offset: number): void {
    let env: { seq?: unknown; at?: unknown; record?: { id?: unknown } };
    try {
      env = JSON.parse(line.toString('utf8')) as typeof env;
    } catch {
      this.corruptLines++;
      return;
    }
    const at = typeof env.at === 'string' ? Date.parse(env.at) : NaN;
    if (typeof env.seq !== 'number' || Number.isNaN(at) || typeof env.record?.id !== 'string') {
      this.corruptLines++;
      return;
    }
    this.entries.push({ seq: env.seq, at, offset, length: line.length });
    this.ids.add(env.record.id);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  append(records: FeedRecord[]): Promise<{ added: number; duplicates: number }> {
    const run = this.queue.then(() => this.appendNow(records));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async appendNow(records: FeedRecord[]): Promise<{ added: number; duplicates: number }> {
    const lines: string[] = [];
    const fresh: Array<{ id: string; seq: number; at: number; length: number }> = [];
    const batch = new Set<string>();
    let duplicates = 0;
    let seq = this.entries.at(-1)?.seq ?? 0;
    const at = this.opts.now();
    for (const r of records) {
      const parsed = FeedRecord.safeParse(r);
      if (!parsed.success) throw new NewsfactsError('feed-record', `record ${String((r as { id?: unknown }).id)}`, zodReason(parsed.error, '(record)'));
      if (this.ids.has(r.id) || batch.has(r.id)) {
        duplicates++;
        continue;
      }
      batch.add(r.id);
      seq++;
      const line = JSON.stringify({ seq, at: at.toISOString(), record: parsed.data } satisfies FeedEnvelope);
      lines.push(line);
      fresh.push({ id: r.id, seq, at: at.getTime(), length: Buffer.byteLength(line) });
    }
    if (lines.length === 0) return { added: 0, duplicates };
    const fh = await this.writable();
    try {
      await fh.truncate(this.validLength);
      await fh.appendFile(`${lines.join('\n')}\n`);
      if (this.opts.fsync) await fh.datasync();
    } catch (err) {
      throw new NewsfactsError('feed-store', this.file, `cannot append: ${(err as Error).message}`, { cause: err, retryable: true });
    }
    let offset = this.validLength;
    for (const f of fresh) {
      this.entries.push({ seq: f.seq, at: f.at, offset, length: f.length });
      this.ids.add(f.id);
      offset += f.length + 1;
    }
    this.validLength = offset;
    return { added: fresh.length, duplicates };
  }

  private async writable(): Promise<FileHandle> {
    if (this.handle) return this.handle;
    await this.lock();
    try {
      this.handle = await open(this.file, 'a+');
    } catch (err) {
      throw new NewsfactsError('feed-store', this.file, `cannot open for writing: ${(err as Error).message}`, { cause: err });
    }
    return this.handle;
  }

  private async lock(): Promise<void> {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await writeFile(this.lockFile, this.lockToken, { flag: 'wx' });
        return;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new NewsfactsError('feed-store', this.lockFile, 'cannot create the lock', { cause: err });
      }
      const held = await readFile(this.lockFile, 'utf8').catch(() => '');
      if (held === this.lockToken) return;
      const pid = Number(held.split(' ')[0]);
      if (pid > 0 && alive(pid)) throw new NewsfactsError('feed-store', this.dir, `feed is being written by process ${pid}`, { retryable: true });
      await rm(this.lockFile, { force: true });
    }
    throw new NewsfactsError('feed-store', this.lockFile, 'cannot take the lock', { retryable: true });
  }

  async *read(opts: { since?: string } = {}): AsyncGenerator<{ record: FeedRecord; cursor: string }> {
    const first = this.firstAfter(opts.since);
    const upto = this.entries.length;
    if (first >= upto) return;
    const last = this.entries[upto - 1]!;
    /** File offset of `pending[0]`; a newline may be the first byte of a chunk, so it is not always a line start. */
    let base = this.entries[first]!.offset;
    const stream = createReadStream(this.file, { start: base, end: last.offset + last.length - 1 });
    let pending: Buffer = Buffer.alloc(0);
    let i = first;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      pending = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      while (i < upto) {
        const e = this.entries[i]!;
        const rel = e.offset - base;
        if (rel + e.length > pending.length) break;
        yield this.decode(pending.subarray(rel, rel + e.length), e);
        const drop = Math.min(rel + e.length + 1, pending.length);
        pending = pending.subarray(drop);
        base += drop;
        i++;
      }
    }
  }

  /** Index of the first entry after `since`: a cursor (a seq) or an ISO time. */
  private firstAfter(since: string | undefined): number {
    if (since === undefined || since === '') return 0;
    if (/^\d+$/.test(since)) {
      const seq = Number(since);
      let lo = 0;
      let hi = this.entries.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.entries[mid]!.seq <= seq) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
    const ms = isoSince(since);
    if (ms === undefined) throw new NewsfactsError('since', since, 'expected a cursor printed by `newsfacts export` or an ISO time');
    const i = this.entries.findIndex((e) => e.at > ms);
    return i === -1 ? this.entries.length : i;
  }

  private decode(line: Buffer, e: Entry): { record: FeedRecord; cursor: string } {
    const where = `${this.file} (record ${e.seq})`;
    let json: unknown;
    try {
      json = JSON.parse(line.toString('utf8'));
    } catch (err) {
      throw new NewsfactsError('feed-store', where, 'line is not JSON', { cause: err });
    }
    const parsed = FeedEnvelope.safeParse(json);
    if (!parsed.success) throw new NewsfactsError('feed-store', where, zodReason(parsed.error, '(record)'));
    return { record: parsed.data.record, cursor: String(e.seq) };
  }

  async close(): Promise<void> {
    await this.queue;
    if (!this.handle) return;
    await this.handle.close();
    this.handle = undefined;
    if ((await readFile(this.lockFile, 'utf8').catch(() => '')) === this.lockToken) await rm(this.lockFile, { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
