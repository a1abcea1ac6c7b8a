import { contentHash } from '../../src/core/index.js';
import { describe, expect, it } from 'vitest';
import { FeedRecord, SCHEMA_VERSION, toFeedRecords, type FeedReject } from '../../src/facts/feed-record.js';
import { factId } from '../../src/facts/fact-id.js';
import { makeArticle } from './make-article.js';

const article = () =>
  makeArticle(
    ['Tiêu đề', 'Dự kiến trong tháng 9/2021, Việt Nam sẽ có thêm 30 triệu liều vaccine.'],
    [
      { type: 'date', span: 'tháng 9/2021', value: '2021-09', granularity: 'month' },
      { type: 'dose', span: '30 triệu liều vaccine', value: 30_000_000, item: 'vaccine', status: 'expected' },
    ],
    { url: 'https://www.vietnamplus.vn/a-post1.vnp', site: 'vietnamplus' },
  );

describe('toFeedRecords', () => {
  it('gives every fact a versioned record with provenance, in text order', () => {
    const a = article();
    const records = toFeedRecords(a);
    expect(records.map((r) => r.type)).toEqual(['date', 'dose']);
    for (const [i, r] of records.entries()) {
      const f = a.facts[i]!;
      expect(r.schemaVersion).toBe(SCHEMA_VERSION);
      expect(r.id).toBe(f.id);
      expect(r.article).toEqual({
        url: a.url,
        site: 'vietnamplus',
        title: 'Tiêu đề',
        publishedAt: a.publishedAt,
        fetchedAt: a.fetchedAt,
        contentHash: contentHash(a.text),
        warcRecordId: null,
      });
      expect(a.text.slice(r.start, r.end)).toBe(r.text);
      expect(r.sentence).toContain(r.text);
      expect(r.extractor).toEqual(f.extractor);
      expect(FeedRecord.safeParse(r).success).toBe(true);
    }
  });

  it('keeps ids a stable hash of article URL, type, span and value', () => {
    const [, d] = toFeedRecords(article());
    if (d?.type !== 'dose') throw new Error('expected a dose');
    const { id: _id, schemaVersion: _v, article: _a, dateId: _d, statementId: _s, clusterId: _c, ...draft } = d;
    expect(d.id).toBe(factId('https://www.vietnamplus.vn/a-post1.vnp', draft));
    expect(factId('https://www.vietnamplus.vn/a-post2.vnp', draft)).not.toBe(d.id);
    expect(factId(d.article.url, { ...draft, value: 31_000_000 })).not.toBe(d.id);
    expect(factId(d.article.url, { ...draft, start: draft.start + 1 })).not.toBe(d.id);
  });

  it('uses the canonical URL as the article URL, the one the ids hash', () => {
    const a = { ...article(), canonicalUrl: 'https://www.vietnamplus.vn/canonical-post1.vnp' };
    expect(toFeedRecords(a).every((r) => r.article.url === a.canonicalUrl)).toBe(true);
  });

  it('reports a record that fails the schema and still returns the others', () => {
    const a = article();
    const bad = { ...a.facts[1]!, lang: 'fr' } as unknown as (typeof a.facts)[number];
    const rejects: FeedReject[] = [];
    const records = toFeedRecords({ ...a, facts: [a.facts[0]!, bad] }, (r) => rejects.push(r));
    expect(records.map((r) => r.type)).toEqual(['date']);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]!.factId).toBe(bad.id);
    expect(rejects[0]!.reason).toMatch(/lang/);
  });

  it('drops a link to a rejected record', () => {
    const a = article();
    const badDate = { ...a.facts[0]!, extractor: { name: '', version: '1' } } as (typeof a.facts)[number];
    const records = toFeedRecords({ ...a, facts: [badDate, a.facts[1]!] }, () => undefined);
    expect(records).toHaveLength(1);
    expect(records[0]!.type === 'dose' && records[0]!.dateId).toBeNull();
    const good = toFeedRecords(a)[1]!;
    expect(good.type === 'dose' && good.dateId).toBe(a.facts[0]!.id);
  });

  it('rejects records of another schema version or without provenance', () => {
    const [r] = toFeedRecords(article());
    expect(FeedRecord.safeParse({ ...r, schemaVersion: SCHEMA_VERSION + 1 }).success).toBe(false);
    const { article: _a, ...noArticle } = r!;
    expect(FeedRecord.safeParse(noArticle).success).toBe(false);
    expect(FeedRecord.safeParse({ ...r, type: 'money' }).success).toBe(false);
  });
});
