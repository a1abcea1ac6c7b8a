import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { NewsfactsError } from '../core/index.js';
import { removeStaleTmpOf } from '../core/stale-tmp.js';

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
  const stream = createWriteStream(tmp, { flags: 'w' });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err) =>
      reject(new NewsfactsError('output', path, `cannot write: ${err.message}`, { cause: err })),
    );
  });
  return { tmp, stream };
}
