import type { FeedRecord } from './feed-record.js';

/** Column types as a table tool sees them. */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
  /** One line for the README's column table. */
  doc: string;
  get(r: FeedRecord): string | number | boolean | null;
}

const dose = <T>(r: FeedRecord, f: (d: Extract<FeedRecord, { type: 'dose' }>) => T): T | null =>
  r.type === 'dose' ? f(r) : null;
const date = <T>(r: FeedRecord, f: (d: Extract<FeedRecord, { type: 'date' }>) => T): T | null =>
  r.type === 'date' ? f(r) : null;
const said = <T>(r: FeedRecord, f: (d: Extract<FeedRecord, { type: 'statement' }>) => T): T | null =>
  r.type === 'statement' ? f(r) : null;

/**
 * One flat row per fact, the same columns for every type (a column of another type is null), so a
 * table tool loads the feed without knowing its shapes. Dose values and date values are separate
 * columns: one is a number, the other a TimeML string.
 */
export const COLUMNS: readonly Column[] = [
  { name: 'schema_version', type: 'integer', doc: 'feed record schema version (2)', get: (r) => r.schemaVersion },
  { name: 'id', type: 'string', doc: 'fact id: d_/t_/s_ + 24 hex, stable across runs', get: (r) => r.id },
  { name: 'type', type: 'string', doc: 'dose, date or statement', get: (r) => r.type },
  { name: 'lang', type: 'string', doc: 'vi, id or en', get: (r) => r.lang },
  { name: 'site', type: 'string', doc: 'site profile id or page host', get: (r) => r.article.site },
  {
    name: 'article_url',
    type: 'string',
    doc: 'canonical URL of the article (the one the id hashes)',
    get: (r) => r.article.url,
  },
  { name: 'article_title', type: 'string', doc: 'article headline', get: (r) => r.article.title },
  {
    name: 'published_at',
    type: 'string',
    doc: 'article publication time, ISO 8601 with offset, or empty',
    get: (r) => r.article.publishedAt,
  },
  { name: 'fetched_at', type: 'string', doc: 'when the page was fetched, ISO 8601', get: (r) => r.article.fetchedAt },
  { name: 'content_hash', type: 'string', doc: 'sha256 of the article text', get: (r) => r.article.contentHash },
  {
    name: 'warc_record_id',
    type: 'string',
    doc: 'WARC-Record-ID of the page, when a WARC holds it',
    get: (r) => r.article.warcRecordId,
  },
  { name: 'text', type: 'string', doc: 'the matched span', get: (r) => r.text },
  { name: 'start', type: 'integer', doc: 'span start in the article text', get: (r) => r.start },
  { name: 'end', type: 'integer', doc: 'span end in the article text', get: (r) => r.end },
  { name: 'sentence', type: 'string', doc: 'the sentence holding the span', get: (r) => r.sentence },
  { name: 'extractor', type: 'string', doc: 'extractor name', get: (r) => r.extractor.name },
  { name: 'extractor_version', type: 'string', doc: 'extractor version', get: (r) => r.extractor.version },
  {
    name: 'dose_value',
    type: 'number',
    doc: 'dose: number of doses (empty for vague amounts)',
    get: (r) => dose(r, (d) => d.value),
  },
  {
    name: 'dose_value_max',
    type: 'number',
    doc: 'dose: upper bound of a range',
    get: (r) => dose(r, (d) => d.valueMax),
  },
  {
    name: 'dose_approximate',
    type: 'boolean',
    doc: 'dose: "about", "more than"',
    get: (r) => dose(r, (d) => d.approximate),
  },
  {
    name: 'dose_item',
    type: 'string',
    doc: 'dose: vaccine, a named vaccine, drug',
    get: (r) => dose(r, (d) => d.item),
  },
  {
    name: 'dose_status',
    type: 'string',
    doc: 'dose: committed, received, expected, administered, donated, unknown',
    get: (r) => dose(r, (d) => d.status),
  },
  {
    name: 'dose_counterpart',
    type: 'string',
    doc: 'dose: donor, supplier or body on the other side',
    get: (r) => dose(r, (d) => d.counterpart),
  },
  {
    name: 'dose_date_id',
    type: 'string',
    doc: 'dose: id of the date fact that qualifies it',
    get: (r) => dose(r, (d) => d.dateId),
  },
  {
    name: 'dose_statement_id',
    type: 'string',
    doc: 'dose: id of the statement that contains it',
    get: (r) => dose(r, (d) => d.statementId),
  },
  {
    name: 'date_value',
    type: 'string',
    doc: 'date: TimeML value (2021-09-06, 2021-W36, 2021-06/2021-07)',
    get: (r) => date(r, (d) => d.value),
  },
  { name: 'date_mod', type: 'string', doc: 'date: START, MID, END, APPROX', get: (r) => date(r, (d) => d.mod) },
  {
    name: 'date_granularity',
    type: 'string',
    doc: 'date: time, part-of-day, day, week, month, quarter, year',
    get: (r) => date(r, (d) => d.granularity),
  },
  {
    name: 'date_implied',
    type: 'string',
    doc: 'date: fields taken from the publication date, ";"-separated',
    get: (r) => date(r, (d) => d.implied.join(';')),
  },
  {
    name: 'period_from',
    type: 'string',
    doc: 'date: first calendar day covered (ISO date)',
    get: (r) => date(r, (d) => d.period?.from ?? null),
  },
  {
    name: 'period_to',
    type: 'string',
    doc: 'date: last calendar day covered (ISO date)',
    get: (r) => date(r, (d) => d.period?.to ?? null),
  },
  { name: 'speaker_name', type: 'string', doc: 'statement: who spoke', get: (r) => said(r, (s) => s.speaker.name) },
  {
    name: 'speaker_key',
    type: 'string',
    doc: 'statement: ASCII-folded speaker name',
    get: (r) => said(r, (s) => s.speaker.key),
  },
  {
    name: 'speaker_title',
    type: 'string',
    doc: 'statement: speaker title',
    get: (r) => said(r, (s) => s.speaker.title),
  },
  {
    name: 'speaker_org',
    type: 'string',
    doc: 'statement: speaker organisation',
    get: (r) => said(r, (s) => s.speaker.org),
  },
  { name: 'quote', type: 'string', doc: 'statement: what was said', get: (r) => said(r, (s) => s.quote) },
  { name: 'direct', type: 'boolean', doc: 'statement: direct quote', get: (r) => said(r, (s) => s.direct) },
  { name: 'verb', type: 'string', doc: 'statement: reporting verb', get: (r) => said(r, (s) => s.verb) },
  {
    name: 'cluster_id',
    type: 'string',
    doc: 'dose, statement: shared by facts reporting the same thing',
    get: (r) => (r.type === 'date' ? null : r.clusterId),
  },
];

export type FlatRow = Array<string | number | boolean | null>;

export function flatRow(r: FeedRecord): FlatRow {
  return COLUMNS.map((c) => c.get(r));
}
