import { Article, Snapshot, type SnapshotInput } from '../core/index.js';
import { cleanPage } from '../content/clean-page.js';
import { decodeHtml } from '../content/decode.js';
import { articleToFacts } from './article-to-facts.js';

const ArticleWithoutFacts = Article.omit({ facts: true });

export interface PipelineResult {
  article: Article;
  /** Which path cleaned the page ("profile:vovworld", "generic"). */
  method: string;
  charset: string;
  truncated: boolean;
  /** The page decoded (charset, NFC): what a crawler reads links from, so it never decodes bytes itself. */
  html: string;
  rejectedFacts: number;
}

/**
 * The one function that turns stored bytes into an article with facts, whether they came from a crawl, a
 * queue job, a directory or a WARC: replay and crawl can then never disagree.
 */
export function snapshotToArticle(input: SnapshotInput): PipelineResult {
  const snap = Snapshot.parse(input);
  const url = snap.finalUrl ?? snap.url;
  const decoded = decodeHtml(snap.body, url, snap.headers['content-type']);
  const { method, utcOffset, ...cleaned } = cleanPage(decoded.html, url);
  const { facts, rejected } = articleToFacts(cleaned, utcOffset ? { utcOffset } : {});
  // Facts were each validated as they were made (and the feed validates its records): only the rest is checked.
  const article: Article = { ...ArticleWithoutFacts.parse({ ...cleaned, fetchedAt: snap.fetchedAt }), facts };
  return { article, method, charset: decoded.charset, truncated: decoded.truncated, html: decoded.html, rejectedFacts: rejected.length };
}
