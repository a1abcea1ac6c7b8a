import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { NewsfactsError } from '../core/index.js';

/**
 * A JSONL file that successive crawls append to. Each record is one write; on open a torn last line
 * (a crash mid-write) is cut off, so earlier lines stay intact and the next line starts clean.
 */
export class JsonlAppender {
  private chain: Promise<void> = Promise.resolve();
  lines = 0;

  private constructor(
    readonly path: string,
    private handle: FileHandle | undefined,
  ) {}

  static async open(path: string): Promise<JsonlAppender> {
    try {
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(path, 'a+');
      const raw = await handle.readFile();
      const end = raw.lastIndexOf(0x0a) + 1;
      if (end < raw.length) await handle.truncate(end);
      return new JsonlAppender(path, handle);
    } catch (err) {
      throw new NewsfactsError('output', path, `cannot open for appending: ${(err as Error).message}`, { cause: err });
    }
  }

  write(record: unknown): Promise<void> {
    const h = this.handle;
    if (!h) return Promise.reject(new NewsfactsError('output', this.path, 'closed'));
    const line = `${JSON.stringify(record)}\n`;
    const next = this.chain.then(async () => {
      await h.write(line);
      this.lines++;
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    const h = this.handle;
    if (!h) return;
    this.handle = undefined;
    await this.chain;
    await h.sync().catch(() => undefined);
    await h.close();
  }
}
