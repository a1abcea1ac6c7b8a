import type { WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { openTemp } from '../facts/table-writer.js';

/**
 * A JSONL output that appears only when complete: lines go to `<path>.tmp-<pid>`, renamed on close,
 * so a crash never leaves a half line where a reader looks. Without a path, lines go to stdout.
 */
export class JsonlOutput {
  private stream: WriteStream | NodeJS.WriteStream;
  private readonly tmp: string | undefined;

  private constructor(
    private readonly path: string | undefined,
    stream: WriteStream | NodeJS.WriteStream,
  ) {
    this.stream = stream;
    this.tmp = path ? `${path}.tmp-${process.pid}` : undefined;
  }

  static async open(path: string | undefined): Promise<JsonlOutput> {
    if (!path || path === '-') return new JsonlOutput(undefined, process.stdout);
    const { stream } = await openTemp(path);
    return new JsonlOutput(path, stream);
  }

  async write(record: unknown): Promise<void> {
    await this.writeLine(JSON.stringify(record));
  }

  /** One record already serialised as JSON. */
  async writeLine(json: string): Promise<void> {
    if (!this.stream.write(`${json}\n`)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    if (!this.path || !this.tmp) return;
    const s = this.stream as WriteStream;
    await new Promise<void>((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve())));
    await rename(this.tmp, this.path);
  }

  async abort(): Promise<void> {
    if (!this.tmp) return;
    (this.stream as WriteStream).destroy();
    await rm(this.tmp, { force: true });
  }
}
