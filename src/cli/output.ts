import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { NewsfactsError } from '../core/index.js';
import { removeStaleTmpOf } from '../core/stale-tmp.js';

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
    try {
      await mkdir(dirname(path), { recursive: true });
    } catch (err) {
      throw new NewsfactsError('output', path, 'cannot create the output directory', { cause: err });
    }
    await removeStaleTmpOf(path);
    const tmp = `${path}.tmp-${process.pid}`;
    const stream = createWriteStream(tmp, { flags: 'w' });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (err) =>
        reject(new NewsfactsError('output', path, `cannot write: ${err.message}`, { cause: err })),
      );
    });
    return new JsonlOutput(path, stream);
  }

  async write(record: unknown): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    if (!this.stream.write(line)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
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
