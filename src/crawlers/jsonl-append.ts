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
    private readonly code: string,
  ) {}

  static async open(path: string): Promise<JsonlAppender> {
    return (await JsonlAppender.openFile(path, 'output', false)).appender;
  }

  /**
   * Opens for appending and reads back the lines already there (a torn last line is cut off and reported).
   * `code` is the error code of its failures.
   */
  static openReading(path: string, code: string): Promise<{ appender: JsonlAppender; lines: string[]; torn: boolean }> {
    return JsonlAppender.openFile(path, code, true);
  }

  private static async openFile(
    path: string,
    code: string,
    read: boolean,
  ): Promise<{ appender: JsonlAppender; lines: string[]; torn: boolean }> {
    try {
      await mkdir(dirname(path), { recursive: true });
      const handle = await open(path, 'a+');
      const raw = await handle.readFile();
      const end = raw.lastIndexOf(0x0a) + 1;
      const torn = end < raw.length;
      if (torn) await handle.truncate(end);
      const lines = read ? raw.subarray(0, end).toString('utf8').split('\n').filter((l) => l !== '') : [];
      return { appender: new JsonlAppender(path, handle, code), lines, torn };
    } catch (err) {
      throw new NewsfactsError(code, path, `cannot open for appending: ${(err as Error).message}`, { cause: err });
    }
  }

  get isOpen(): boolean {
    return this.handle !== undefined;
  }

  write(record: unknown): Promise<void> {
    const h = this.handle;
    if (!h) return Promise.reject(new NewsfactsError(this.code, this.path, 'closed'));
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
