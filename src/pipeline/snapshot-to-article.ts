import { Article, Snapshot, type SnapshotInput } from '../core/index.js';
import { cleanPage } from '../content/clean-page.js';
import { decodeHtml } from '../content/decode.js';
import { profileFor } from '../sites/index.js';
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
  const profile = profileFor(url);
  const { method, ...cleaned } = cleanPage(decoded.html, url, profile);
  const site = siteOf(url, cleaned.canonicalUrl, profile?.name);
  const { facts, rejected } = articleToFacts(cleaned, profile ? { utcOffset: profile.utcOffset } : {});
  // Facts were each validated as they were made (and the feed validates its records): only the rest is checked.
  const article: Article = { ...ArticleWithoutFacts.parse({ ...cleaned, site, fetchedAt: snap.fetchedAt }), facts };
  return { article, method, charset: decoded.charset, truncated: decoded.truncated, html: decoded.html, rejectedFacts: rejected.length };
}

function httpHost(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase().replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The profile id, else the host of the page URL or (for a file replayed without a sidecar) of its
 * canonical link: never a file name.
 */
function siteOf(url: string, canonicalUrl: string | null, profileName: string | undefined): string {
  return profileName ?? (canonicalUrl ? profileFor(canonicalUrl)?.name : undefined) ?? httpHost(url) ?? httpHost(canonicalUrl) ?? 'unknown';
}
