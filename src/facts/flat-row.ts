import type { FeedRecord } from './feed-record.js';

/** Column types as a table tool sees them. */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
  /** One line for the README's column table. */
  doc: string;
  get(r: FeedRecord): Cell;
}

type Cell = string | number | boolean | null;
type RecordOf<T extends FeedRecord['type']> = Extract<FeedRecord, { type: T }>;

const col = (name: string, type: ColumnType, doc: string, get: (r: FeedRecord) => Cell): Column => ({ name, type, doc, get });

/** A column of one fact type: null on the others. */
function only<T extends FeedRecord['type']>(type: T, get: (r: RecordOf<T>) => Cell): (r: FeedRecord) => Cell {
  return (r) => (r.type === type ? get(r as RecordOf<T>) : null);
}

/**
 * One flat row per fact, the same columns for every type (a column of another type is null), so a
 * table tool loads the feed without knowing its shapes. Dose values and date values are separate
 * columns: one is a number, the other a TimeML string.
 */
export const COLUMNS: readonly Column[] = [
  col('schema_version', 'integer', 'feed record schema version (2)', (r) => r.schemaVersion),
  col('id', 'string', 'fact id: d_/t_/s_ + 24 hex, stable across runs', (r) => r.id),
  col('type', 'string', 'dose, date or statement', (r) => r.type),
  col('lang', 'string', 'vi, id or en', (r) => r.lang),
  col('site', 'string', 'site profile id or page host', (r) => r.article.site),
  col('article_url', 'string', 'canonical URL of the article (the one the id hashes)', (r) => r.article.url),
  col('article_title', 'string', 'article headline', (r) => r.article.title),
  col('published_at', 'string', 'article publication time, ISO 8601 with offset, or empty',
    (r) => r.article.publishedAt),
  col('fetched_at', 'string', 'when the page was fetched, ISO 8601', (r) => r.article.fetchedAt),
  col('content_hash', 'string', 'sha256 of the article text', (r) => r.article.contentHash),
  col('warc_record_id', 'string', 'WARC-Record-ID of the page, when a WARC holds it', (r) => r.article.warcRecordId),
  col('text', 'string', 'the matched span', (r) => r.text),
  col('start', 'integer', 'span start in the article text', (r) => r.start),
  col('end', 'integer', 'span end in the article text', (r) => r.end),
  col('sentence', 'string', 'the sentence holding the span', (r) => r.sentence),
  col('extractor', 'string', 'extractor name', (r) => r.extractor.name),
  col('extractor_version', 'string', 'extractor version', (r) => r.extractor.version),
  col('dose_value', 'number', 'dose: number of doses (empty for vague amounts)', only('dose', (d) => d.value)),
  col('dose_value_max', 'number', 'dose: upper bound of a range', only('dose', (d) => d.valueMax)),
  col('dose_approximate', 'boolean', 'dose: "about", "more than"', only('dose', (d) => d.approximate)),
  col('dose_item', 'string', 'dose: vaccine, a named vaccine, drug', only('dose', (d) => d.item)),
  col('dose_status', 'string', 'dose: committed, received, expected, administered, donated, unknown',
    only('dose', (d) => d.status)),
  col('dose_counterpart', 'string', 'dose: donor, supplier or body on the other side',
    only('dose', (d) => d.counterpart)),
  col('dose_date_id', 'string', 'dose: id of the date fact that qualifies it', only('dose', (d) => d.dateId)),
  col('dose_statement_id', 'string', 'dose: id of the statement that contains it', only('dose', (d) => d.statementId)),
  col('date_value', 'string', 'date: TimeML value (2021-09-06, 2021-W36, 2021-06/2021-07)',
    only('date', (d) => d.value)),
  col('date_mod', 'string', 'date: START, MID, END, APPROX', only('date', (d) => d.mod)),
  col('date_granularity', 'string', 'date: time, part-of-day, day, week, month, quarter, year',
    only('date', (d) => d.granularity)),
  col('date_implied', 'string', 'date: fields taken from the publication date, ";"-separated',
    only('date', (d) => d.implied.join(';'))),
  col('period_from', 'string', 'date: first calendar day covered (ISO date)',
    only('date', (d) => d.period?.from ?? null)),
  col('period_to', 'string', 'date: last calendar day covered (ISO date)', only('date', (d) => d.period?.to ?? null)),
  col('speaker_name', 'string', 'statement: who spoke', only('statement', (s) => s.speaker.name)),
  col('speaker_key', 'string', 'statement: ASCII-folded speaker name', only('statement', (s) => s.speaker.key)),
  col('speaker_title', 'string', 'statement: speaker title', only('statement', (s) => s.speaker.title)),
  col('speaker_org', 'string', 'statement: speaker organisation', only('statement', (s) => s.speaker.org)),
  col('quote', 'string', 'statement: what was said', only('statement', (s) => s.quote)),
  col('direct', 'boolean', 'statement: direct quote', only('statement', (s) => s.direct)),
  col('verb', 'string', 'statement: reporting verb', only('statement', (s) => s.verb)),
  col('cluster_id', 'string', 'dose, statement: shared by facts reporting the same thing',
    (r) => (r.type === 'date' ? null : r.clusterId)),
];

export type FlatRow = Cell[];

export function flatRow(r: FeedRecord): FlatRow {
  return COLUMNS.map((c) => c.get(r));
}
