import { toFeedRecords, type FeedRecord, type FeedReject } from '../facts/feed-record.js';
import type { ReplayResult } from './replay-worker.js';

/** Which outputs a replay writes: only those are made for each page. */
export interface OutputNeeds {
  /** The articles JSONL line. */
  articles: boolean;
  /** The facts feed lines and their rejects. */
  facts: boolean;
  /** Feed records for the feed store (with the page's WARC record id). */
  feed: boolean;
}

/**
 * One replayed page as its output lines: made where the page was cleaned (a worker thread), so the thread
 * that writes only joins strings and never walks an article.
 */
export interface PageOutput {
  file: string;
  ok: boolean;
  error?: string;
  facts: number;
  /** Cleaned, but no article text was found. */
  empty: boolean;
  /** `{file, ...article}` or `{file, error}` as JSON. */
  articleLine?: string;
  /** The facts file's records in the article's fact order, as JSON, each with its id for the file's dedupe. */
  records?: Array<{ id: string; line: string }>;
  /** Records that failed the feed schema, as JSON lines of the rejects file. */
  rejects?: string[];
  feedRecords?: FeedRecord[];
}

/** A page that could not be replayed: its error line. */
export function errorOutput(file: string, error: string, needs: OutputNeeds): PageOutput {
  const out: PageOutput = { file, ok: false, error, facts: 0, empty: false };
  if (needs.articles) out.articleLine = JSON.stringify({ file, error });
  return out;
}

export function toPageOutput(r: ReplayResult, needs: OutputNeeds): PageOutput {
  if (!r.ok) return errorOutput(r.file, r.error, needs);
  const out: PageOutput = { file: r.file, ok: true, facts: r.article.facts.length, empty: Boolean(r.article.reason) };
  if (needs.articles) out.articleLine = JSON.stringify({ file: r.file, ...r.article });
  if (needs.facts) {
    const rejected: FeedReject[] = [];
    const records = toFeedRecords(r.article, (x) => rejected.push(x));
    out.records = records.map((rec) => ({ id: rec.id, line: JSON.stringify(rec) }));
    out.rejects = rejected.map((x) => JSON.stringify(x));
  }
  if (needs.feed) out.feedRecords = toFeedRecords(r.article, undefined, { warcRecordId: r.warcRecordId });
  return out;
}
