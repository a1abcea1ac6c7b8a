import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { NewsfactsError } from '../core/index.js';
import { removeStaleTmpOf } from '../core/stale-tmp.js';

/**
 * Output buffered before a writer waits for the disk: an article line alone is often above the streams' default
 * 16 KB, so with it every line waited for its own write (the replay thread idle, one syscall per line).
 */
const OUTPUT_HIGH_WATER_MARK = 1 << 20;

/**
 * `<path>.tmp-<pid>`, open for writing (its directory made, the temp files of dead writers of `path` removed):
 * every output appears only whole, by a rename on close.
 */
export async function openTemp(path: string): Promise<{ tmp: string; stream: WriteStream }> {
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (err) {
    throw new NewsfactsError('output', path, 'cannot create the output directory', { cause: err });
  }
  await removeStaleTmpOf(path);
  const tmp = `${path}.tmp-${process.pid}`;
  const stream = createWriteStream(tmp, { flags: 'w', highWaterMark: OUTPUT_HIGH_WATER_MARK });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err) =>
      reject(new NewsfactsError('output', path, `cannot write: ${err.message}`, { cause: err })),
    );
  });
  return { tmp, stream };
}
