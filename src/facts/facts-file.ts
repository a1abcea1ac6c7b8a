import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { NewsfactsError, type Article } from '../core/index.js';
import { removeStaleTmpOf } from '../core/stale-tmp.js';
import { toFeedRecords, type FeedReject } from './feed-record.js';

/** A JSONL file that appears only when complete: written to `<path>.tmp-<pid>`, renamed on close. */
class AtomicJsonl {
  private error: Error | undefined;

  private constructor(
    readonly path: string,
    private readonly tmp: string,
    private readonly stream: WriteStream,
  ) {
    stream.on('error', (err) => (this.error = err));
  }

  static async open(path: string): Promise<AtomicJsonl> {
    const tmp = `${path}.tmp-${process.pid}`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await removeStaleTmpOf(path);
      const stream = createWriteStream(tmp, { flags: 'w' });
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
      return new AtomicJsonl(path, tmp, stream);
    } catch (err) {
      throw new NewsfactsError('output', path, `cannot write: ${(err as Error).message}`, { cause: err });
    }
  }

  async write(line: string): Promise<void> {
    if (this.error) throw new NewsfactsError('output', this.path, `cannot write: ${this.error.message}`, { cause: this.error });
    if (!this.stream.write(`${line}\n`)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async finish(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    if (this.error) throw new NewsfactsError('output', this.path, `cannot write: ${this.error.message}`, { cause: this.error });
  }

  async commit(): Promise<void> {
    await rename(this.tmp, this.path);
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.tmp, { force: true });
  }
}

export interface FactsFileStats {
  records: number;
  duplicates: number;
  rejects: number;
}

/**
 * The facts feed of a replay: every article's records in the order the articles come, each id once;
 * records that fail the schema go to `<path minus .jsonl>.rejects.jsonl` with the reason. Nothing in
 * either file depends on when the run happened, so replaying the same pages gives the same bytes.
 */
export class FactsFile {
  readonly stats: FactsFileStats = { records: 0, duplicates: 0, rejects: 0 };
  private readonly seen = new Set<string>();

  private constructor(
    private readonly facts: AtomicJsonl,
    private readonly rejects: AtomicJsonl,
  ) {}

  static rejectsPath(path: string): string {
    return `${path.replace(/\.jsonl$/i, '')}.rejects.jsonl`;
  }

  static async open(path: string): Promise<FactsFile> {
    const facts = await AtomicJsonl.open(path);
    try {
      return new FactsFile(facts, await AtomicJsonl.open(FactsFile.rejectsPath(path)));
    } catch (err) {
      await facts.abort();
      throw err;
    }
  }

  async add(article: Article): Promise<void> {
    const rejected: FeedReject[] = [];
    const records = toFeedRecords(article, (x) => rejected.push(x)).map((r) => ({ id: r.id, line: JSON.stringify(r) }));
    await this.addLines(records, rejected.map((x) => JSON.stringify(x)));
  }

  /** `add` for records already serialised (on a worker thread): each id once, in the given order. */
  async addLines(records: ReadonlyArray<{ id: string; line: string }>, rejects: readonly string[]): Promise<void> {
    const lines: string[] = [];
    for (const r of records) {
      if (this.seen.has(r.id)) {
        this.stats.duplicates++;
        continue;
      }
      this.seen.add(r.id);
      lines.push(r.line);
    }
    this.stats.records += lines.length;
    this.stats.rejects += rejects.length;
    if (lines.length > 0) await this.facts.write(lines.join('\n'));
    if (rejects.length > 0) await this.rejects.write(rejects.join('\n'));
  }

  /** Both files appear together, or neither. */
  async close(): Promise<FactsFileStats> {
    try {
      await this.facts.finish();
      await this.rejects.finish();
    } catch (err) {
      await this.abort();
      throw err;
    }
    await this.rejects.commit();
    await this.facts.commit();
    return this.stats;
  }

  async abort(): Promise<void> {
    await this.facts.abort();
    await this.rejects.abort();
  }
}
