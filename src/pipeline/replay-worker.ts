import type { SnapshotInput } from '../core/index.js';
import { errorMessage } from '../core/index.js';
import type { ReplayResult } from './replay.js';
import { snapshotToArticle } from './snapshot-to-article.js';

/** One page in a worker thread: what `replayPages` does for a page, minus the reading. */
export default function replayOne({ file, input }: { file: string; input: SnapshotInput }): ReplayResult {
  try {
    const { article, method } = snapshotToArticle(input);
    return { file, ok: true, article, method };
  } catch (err) {
    return { file, ok: false, error: errorMessage(err) };
  }
}
