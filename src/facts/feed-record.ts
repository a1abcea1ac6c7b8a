import { z } from 'zod';
import { contentHash, zodReason, DateFact, DoseFact, FactBase, Lang, StatementFact, type Article, type Fact } from '../core/index.js';
import { doseClusterIds, statementClusterId } from './clusters.js';
import { linkFacts } from './links.js';
import { Period, periodOf } from './period.js';

/**
 * Bumped when a field changes meaning or disappears; adding an optional field does not bump it.
 * 2: `article.fetchedAt`, `article.contentHash`, `article.warcRecordId` and the date record's `period`
 * added as required fields; `article.site` is always a profile id or a host name.
 */
export const SCHEMA_VERSION = 2;

const IsoDateTime = z.iso.datetime({ offset: true });

/** Where a fact came from: the article as the pipeline saw it. `url` is the one the fact id hashes. */
const ArticleRef = z.object({
  url: z.string().min(1),
  site: z.string().min(1).describe('The site profile id (vovworld) or the page host (example.com), never a file name'),
  title: z.string(),
  publishedAt: IsoDateTime.nullable(),
  fetchedAt: IsoDateTime.describe('When the page was fetched (a replayed page: its sidecar or WARC date)'),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/).describe('sha256 of the article text (NFC, whitespace collapsed): the dedupe key'),
  warcRecordId: z.string().min(1).nullable().describe('WARC-Record-ID of the response record holding the page, when a WARC holds it'),
});
type ArticleRef = z.infer<typeof ArticleRef>;

const FactId = z.string().min(1);
const ClusterId = z.string().min(1).nullable().describe('Shared by facts that report the same thing in other articles or languages');

const common = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: FactId,
  lang: Lang,
  article: ArticleRef,
  ...FactBase.pick({ text: true, start: true, end: true, sentence: true, extractor: true }).shape,
};
const BASE_KEYS = { id: true, lang: true, text: true, start: true, end: true, sentence: true, extractor: true, type: true } as const;

export const DoseRecord = z.object({
  ...common,
  type: z.literal('dose'),
  ...DoseFact.omit(BASE_KEYS).shape,
  dateId: FactId.nullable().describe('The date fact that qualifies this dose in the same sentence or clause'),
  statementId: FactId.nullable().describe('The statement whose span contains this dose'),
  clusterId: ClusterId,
});
export type DoseRecord = z.infer<typeof DoseRecord>;

export const DateRecord = z.object({
  ...common,
  type: z.literal('date'),
  ...DateFact.omit(BASE_KEYS).shape,
  period: Period.nullable().describe('First and last calendar day the value covers; null when its year is unknown (XXXX-09-06)'),
});
export type DateRecord = z.infer<typeof DateRecord>;

export const StatementRecord = z.object({
  ...common,
  type: z.literal('statement'),
  ...StatementFact.omit(BASE_KEYS).shape,
  clusterId: ClusterId,
});
export type StatementRecord = z.infer<typeof StatementRecord>;

/** One line of the facts feed: a fact with its provenance and links, self-contained. */
export const FeedRecord = z.discriminatedUnion('type', [DoseRecord, DateRecord, StatementRecord]);
export type FeedRecord = z.infer<typeof FeedRecord>;

/** A fact that could not become a record, with the reason: written to a rejects file, never to the feed. */
export interface FeedReject {
  articleUrl: string;
  factId: string;
  reason: string;
}

/** What only the fetch knows about the page: the WARC record that holds it. */
export interface PageProvenance {
  warcRecordId?: string | undefined;
}

function articleRef(article: Article, provenance: PageProvenance = {}): ArticleRef {
  return {
    url: article.canonicalUrl ?? article.url,
    site: article.site,
    title: article.title,
    publishedAt: article.publishedAt,
    fetchedAt: article.fetchedAt,
    contentHash: contentHash(article.text),
    warcRecordId: provenance.warcRecordId ?? null,
  };
}

function toRecord(f: Fact, ref: ArticleRef, links: ReturnType<typeof linkFacts>, clusters: Map<string, string | null>): unknown {
  const { id, type, lang, text, start, end, sentence, extractor, ...own } = f;
  const head = { schemaVersion: SCHEMA_VERSION, id, type, lang, article: ref, text, start, end, sentence, extractor, ...own };
  switch (f.type) {
    case 'dose': {
      const l = links.get(f.id);
      return { ...head, dateId: l?.dateId ?? null, statementId: l?.statementId ?? null, clusterId: clusters.get(f.id) ?? null };
    }
    case 'date':
      return { ...head, period: periodOf(f.value) };
    case 'statement':
      return { ...head, clusterId: statementClusterId(f, ref.publishedAt) };
  }
}

/**
 * The article's facts as feed records, in the article's fact order (text order). A record that fails the
 * schema is left out and reported to `onReject`; the rest still come back.
 */
export function toFeedRecords(article: Article, onReject?: (reject: FeedReject) => void, provenance: PageProvenance = {}): FeedRecord[] {
  const ref = articleRef(article, provenance);
  const links = linkFacts(article.facts, article.text);
  const clusters = doseClusterIds(article.facts, links, ref.publishedAt);
  const out: FeedRecord[] = [];
  const rejected = new Set<string>();
  for (const f of article.facts) {
    const parsed = FeedRecord.safeParse(toRecord(f, ref, links, clusters));
    if (parsed.success) out.push(parsed.data);
    else {
      rejected.add(f.id);
      onReject?.({ articleUrl: ref.url, factId: f.id, reason: zodReason(parsed.error, '(record)') });
    }
  }
  // A link never points to a record that is not in the feed.
  if (rejected.size === 0) return out;
  return out.map((r) =>
    r.type === 'dose' && ((r.dateId && rejected.has(r.dateId)) || (r.statementId && rejected.has(r.statementId)))
      ? { ...r, dateId: r.dateId && rejected.has(r.dateId) ? null : r.dateId, statementId: r.statementId && rejected.has(r.statementId) ? null : r.statementId }
      : r,
  );
}

