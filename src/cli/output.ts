import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { openTemp } from '../facts/temp-file.js';

/**
 * A JSONL output that appears only when complete: lines go to `<path>.tmp-<pid>`, renamed on close,
 * so a crash never leaves a half line where a reader looks. Without a path, lines go to stdout; a path
 * that is not a regular file (/dev/null, a pipe) is written to directly, never replaced.
 */
export class JsonlOutput {
  private stream: WriteStream | NodeJS.WriteStream;
  private readonly tmp: string | undefined;

  private constructor(
    private readonly path: string | undefined,
    stream: WriteStream | NodeJS.WriteStream,
    private readonly direct = false,
  ) {
    this.stream = stream;
    this.tmp = path && !direct ? `${path}.tmp-${process.pid}` : undefined;
  }

  static async open(path: string | undefined): Promise<JsonlOutput> {
    if (!path || path === '-') return new JsonlOutput(undefined, process.stdout);
    const existing = await stat(path).catch(() => undefined);
    if (existing && !existing.isFile() && !existing.isDirectory()) {
      return new JsonlOutput(path, createWriteStream(path), true);
    }
    const { stream } = await openTemp(path);
    return new JsonlOutput(path, stream);
  }

  async write(record: unknown): Promise<void> {
    await this.writeLine(JSON.stringify(record));
  }

  /** One record already serialised as JSON. */
  async writeLine(json: string): Promise<void> {
    if (this.stream.write(`${json}\n`)) return;
    await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    if (!this.path) return;
    const s = this.stream as WriteStream;
    await new Promise<void>((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve())));
    if (this.tmp) await rename(this.tmp, this.path);
  }

  async abort(): Promise<void> {
    if (this.direct) (this.stream as WriteStream).destroy();
    if (!this.tmp) return;
    (this.stream as WriteStream).destroy();
    await rm(this.tmp, { force: true });
  }
}
