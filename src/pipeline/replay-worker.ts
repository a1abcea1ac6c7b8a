import type { Article, SnapshotInput } from '../core/index.js';
import { errorMessage } from '../core/index.js';
import { loadPage } from './dir-source.js';
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
export async function replayPage(page: WorkerPage): Promise<ReplayResult> {
  if (page.error !== undefined) return { file: page.file, ok: false, error: page.error };
  try {
    const input = page.input ?? (await loadPage(page.path ?? page.file, page.file));
    const { article, method } = snapshotToArticle(input);
    return { file: page.file, ok: true, article, method, warcRecordId: page.warcRecordId };
  } catch (err) {
    return { file: page.file, ok: false, error: errorMessage(err) };
  }
}

/** A batch of pages, in order, each as its output lines: a worker thread's task. */
export async function replayBatch({ pages, needs }: WorkerTask): Promise<PageOutput[]> {
  const out: PageOutput[] = [];
  for (const page of pages) out.push(toPageOutput(await replayPage(page), needs));
  return out;
}
