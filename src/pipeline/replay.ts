import { errorMessage, type Article } from '../core/index.js';
import type { FileSnapshot } from './dir-source.js';
import { snapshotToArticle } from './snapshot-to-article.js';

export type ReplayResult =
  | { file: string; ok: true; article: Article; method: string; warcRecordId?: string | undefined }
  | { file: string; ok: false; error: string };

/** Replays stored pages in their given order; a page that fails is reported and the batch goes on. */
export async function* replayPages(pages: Iterable<FileSnapshot> | AsyncIterable<FileSnapshot>): AsyncGenerator<ReplayResult> {
  for await (const page of pages) {
    try {
      const { article, method } = snapshotToArticle(await page.load());
      yield { file: page.file, ok: true, article, method, warcRecordId: page.warcRecordId };
    } catch (err) {
      yield { file: page.file, ok: false, error: errorMessage(err) };
    }
  }
}
