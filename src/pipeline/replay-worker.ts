import type { Article, SnapshotInput } from '../core/index.js';
import { errorMessage } from '../core/index.js';
import { readPage } from './dir-source.js';
import { toPageOutput, type OutputNeeds, type PageOutput } from './page-output.js';
import { snapshotToArticle } from './snapshot-to-article.js';

export type ReplayResult =
  | { file: string; ok: true; article: Article; method: string; warcRecordId?: string | undefined }
  | { file: string; ok: false; error: string };

/** A page as a worker gets it: a file it reads itself, or bytes read by the thread that lists the pages. */
export interface WorkerPage {
  file: string;
  warcRecordId?: string | undefined;
  path?: string | undefined;
  input?: SnapshotInput | undefined;
  /** Why the listing thread could not read the page. */
  error?: string | undefined;
}

export interface WorkerTask {
  pages: WorkerPage[];
  needs: OutputNeeds;
}

/** One page, read, cleaned and extracted; a page that fails is reported (and the batch goes on). */
export function replayPage(page: WorkerPage): ReplayResult {
  if (page.error !== undefined) return { file: page.file, ok: false, error: page.error };
  try {
    const input = page.input ?? readPage(page.path ?? page.file, page.file);
    const { article, method } = snapshotToArticle(input);
    return { file: page.file, ok: true, article, method, warcRecordId: page.warcRecordId };
  } catch (err) {
    return { file: page.file, ok: false, error: errorMessage(err) };
  }
}

/**
 * A batch of pages, in order, each as its output lines: a worker thread's task. Synchronous, so a worker holding
 * several tasks finishes them one after another in the order posted (asynchronous ones would interleave and all
 * finish late, leaving the in-order writer waiting on the first).
 */
export function replayBatch({ pages, needs }: WorkerTask): PageOutput[] {
  const out: PageOutput[] = [];
  for (const page of pages) out.push(toPageOutput(replayPage(page), needs));
  return out;
}
