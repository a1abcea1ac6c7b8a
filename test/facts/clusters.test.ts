import { describe, expect, it } from 'vitest';
import { doseItemClass } from '../../src/facts/clusters.js';
import { toFeedRecords, type FeedRecord } from '../../src/facts/feed-record.js';
import { makeArticle } from './make-article.js';

function cluster(records: FeedRecord[], span: string): string | null {
  const r = records.find((x) => x.text === span);
  if (!r || r.type === 'date') throw new Error(`no dose/statement "${span}"`);
  return r.clusterId;
}

const vu = (name: string, key: string) => ({ name, key, title: null, org: null, kind: 'person' as const });

describe('clusters across articles and languages', () => {
  const vi = makeArticle(
    ['Tiêu đề', 'Trong tháng 9/2021 Việt Nam sẽ có 16-17 triệu liều vắc-xin.', 'Thứ trưởng Nguyễn Minh Vũ cho rằng vaccine là ưu tiên.'],
    [
      { type: 'date', span: 'tháng 9/2021', value: '2021-09', granularity: 'month' },
      { type: 'dose', span: '16-17 triệu liều vắc-xin', value: 16_000_000, valueMax: 17_000_000, item: 'vắc-xin' },
      { type: 'statement', span: 'vaccine là ưu tiên', speaker: vu('Nguyễn Minh Vũ', 'nguyễn minh vũ') },
    ],
    { url: 'https://www.vietnamplus.vn/a-post1.vnp', publishedAt: '2021-09-06T17:30:00+07:00' },
  );
  const id = makeArticle(
    ['Judul', 'Pada bulan September Vietnam akan menerima 16-17 juta dosis vaksin.', 'Nguyen Minh Vu mengatakan vaksin adalah prioritas.'],
    [
      { type: 'date', span: 'bulan September', value: '2021-09', granularity: 'month' },
      { type: 'dose', span: '16-17 juta dosis vaksin', value: 16_000_000, valueMax: 17_000_000, item: 'vaksin' },
      { type: 'statement', span: 'vaksin adalah prioritas', speaker: vu('Nguyen Minh Vu', 'nguyen minh vu') },
    ],
    { lang: 'id', url: 'https://vovworld.vn/id-ID/a-1.vov', publishedAt: '2021-09-20T10:00:00+07:00' },
  );
  const en = makeArticle(
    ['Title', 'Vietnam expects 16 million doses in September.', 'Vietnam will get 16-17 million doses of vaccine in October.'],
    [
      { type: 'dose', span: '16 million doses', value: 16_000_000 },
      { type: 'date', span: 'September', value: '2021-09', granularity: 'month' },
      { type: 'dose', span: '16-17 million doses of vaccine', value: 16_000_000, valueMax: 17_000_000, item: 'vaccine' },
      { type: 'date', span: 'October', value: '2021-10', granularity: 'month' },
    ],
    { lang: 'en', url: 'https://en.vietnamplus.vn/a-post9.vnp', publishedAt: '2021-09-06T10:00:00+07:00' },
  );

  it('the same dose figure for the same month shares a cluster in vi and id', () => {
    const c = cluster(toFeedRecords(vi), '16-17 triệu liều vắc-xin');
    expect(c).toMatch(/^cd_/);
    expect(cluster(toFeedRecords(id), '16-17 juta dosis vaksin')).toBe(c);
  });

  it('another value or another month is another cluster', () => {
    const c = cluster(toFeedRecords(vi), '16-17 triệu liều vắc-xin');
    const records = toFeedRecords(en);
    expect(cluster(records, '16 million doses')).not.toBe(c);
    expect(cluster(records, '16-17 million doses of vaccine')).not.toBe(c);
  });

  it('the month comes from the linked date, else from publication', () => {
    const undated = makeArticle(
      ['Tiêu đề', 'Việt Nam sẽ có 16-17 triệu liều vaccine.'],
      [{ type: 'dose', span: '16-17 triệu liều vaccine', value: 16_000_000, valueMax: 17_000_000, item: 'vaccine' }],
      { publishedAt: '2021-09-30T23:00:00+07:00' },
    );
    expect(cluster(toFeedRecords(undated), '16-17 triệu liều vaccine')).toBe(cluster(toFeedRecords(vi), '16-17 triệu liều vắc-xin'));
    const noDate = makeArticle(['Tiêu đề', 'Có 5 triệu liều.'], [{ type: 'dose', span: '5 triệu liều', value: 5_000_000 }], { publishedAt: null });
    expect(cluster(toFeedRecords(noDate), '5 triệu liều')).toBeNull();
  });

  it('vague amounts have no cluster', () => {
    const a = makeArticle(['Tiêu đề', 'Nhập khẩu nhiều triệu liều thuốc.'], [{ type: 'dose', span: 'nhiều triệu liều thuốc', value: null, item: 'thuốc' }]);
    expect(cluster(toFeedRecords(a), 'nhiều triệu liều thuốc')).toBeNull();
  });

  it('statements by the same person in the same month share a cluster, diacritics or not', () => {
    const c = cluster(toFeedRecords(vi), 'vaccine là ưu tiên');
    expect(c).toMatch(/^cs_/);
    expect(cluster(toFeedRecords(id), 'vaksin adalah prioritas')).toBe(c);
    const later = makeArticle(
      ['Tiêu đề', 'Nguyễn Minh Vũ nói vaccine là ưu tiên.'],
      [{ type: 'statement', span: 'vaccine là ưu tiên', speaker: vu('Nguyễn Minh Vũ', 'nguyen minh vu') }],
      { publishedAt: '2021-11-02T08:00:00+07:00' },
    );
    expect(cluster(toFeedRecords(later), 'vaccine là ưu tiên')).not.toBe(c);
  });

  it('the same brand matches across languages; another brand, or a brand and the plain word, do not', () => {
    const pub = { publishedAt: '2021-09-06T10:00:00+07:00' };
    const us = makeArticle(['Title', 'The US donated 1 million Moderna doses.'], [{ type: 'dose', span: '1 million Moderna doses', value: 1e6, item: 'Moderna' }], { lang: 'en', ...pub });
    const vi = makeArticle(['Tiêu đề', 'Mỹ tặng 1 triệu liều vắc-xin Moderna.'], [{ type: 'dose', span: '1 triệu liều vắc-xin Moderna', value: 1e6, item: 'vắc-xin Moderna' }], { url: 'https://b.test/1', ...pub });
    const jp = makeArticle(['Judul', 'Jepang memberi 1 juta dosis vaksin AstraZeneca.'], [{ type: 'dose', span: '1 juta dosis vaksin AstraZeneca', value: 1e6, item: 'vaksin AstraZeneca' }], { lang: 'id', url: 'https://c.test/1', ...pub });
    const c = cluster(toFeedRecords(us), '1 million Moderna doses');
    expect(cluster(toFeedRecords(vi), '1 triệu liều vắc-xin Moderna')).toBe(c);
    expect(cluster(toFeedRecords(jp), '1 juta dosis vaksin AstraZeneca')).not.toBe(c);
  });

  it('maps item names of every language to one class', () => {
    for (const item of ['vaccine', 'vắc-xin', 'vắc xin', 'Vaksin', 'vaksin Covid-19', 'vacxin', null]) expect(doseItemClass(item)).toBe('vaccine');
    for (const item of ['AstraZeneca', 'vắc-xin AstraZeneca', 'vaksin Astra Zeneca', 'Vaxzevria']) expect(doseItemClass(item)).toBe('vaccine:astrazeneca');
    expect(doseItemClass('Vero Cell')).toBe('vaccine:sinopharm');
    expect(doseItemClass('Pfizer và AstraZeneca')).toBe('vaccine:astrazeneca+pfizer');
    for (const item of ['thuốc đặc trị', 'obat', 'Molnupiravir', 'drugs']) expect(doseItemClass(item)).toBe('drug');
    expect(doseItemClass('insulin')).toBe('other:insulin');
  });
});

describe('doseClusterIds within one article', () => {
  it('gives a plain "vaccine" figure the brand of the same figure elsewhere in the article', () => {
    const a = makeArticle(
      ['Việt Nam nhận thêm 1,2 triệu liều vaccine', 'Chiều 6/9, lô vaccine AstraZeneca gồm hơn 1,2 triệu liều đã về.'],
      [
        { type: 'dose', span: '1,2 triệu liều vaccine', value: 1.2e6, item: 'vaccine' },
        { type: 'date', span: 'Chiều 6/9', value: '2021-09-06TAF', granularity: 'part-of-day' },
        { type: 'dose', span: '1,2 triệu liều', nth: 1, value: 1.2e6, item: 'AstraZeneca' },
      ],
    );
    const records = toFeedRecords(a);
    const [title, body] = records.filter((r) => r.type === 'dose');
    expect(title!.clusterId).toBe(body!.clusterId);
    const other = makeArticle(['Judul', 'NTT baru menerima sekitar 1,2 juta dosis.'], [{ type: 'dose', span: '1,2 juta dosis', value: 1.2e6 }], { lang: 'id', url: 'https://d.test/1' });
    expect(cluster(toFeedRecords(other), '1,2 juta dosis')).not.toBe(title!.clusterId);
  });

  it('puts a contract size in no month: the same contract in articles of different months is one cluster', () => {
    const aug = makeArticle(['Tiêu đề', 'Ngày 1/8, lô đầu tiên trong hợp đồng 31 triệu liều đã về.'], [{ type: 'date', span: 'Ngày 1/8', value: '2021-08-01', granularity: 'day' }, { type: 'dose', span: '31 triệu liều', value: 31e6 }], { publishedAt: '2021-08-15T09:00:00+07:00' });
    const sep = makeArticle(['Tiêu đề', 'Lô này nằm trong hợp đồng 31 triệu liều.'], [{ type: 'dose', span: '31 triệu liều', value: 31e6 }], { url: 'https://e.test/1', publishedAt: '2021-09-06T09:00:00+07:00' });
    const c = cluster(toFeedRecords(aug), '31 triệu liều');
    expect(c).not.toBeNull();
    expect(cluster(toFeedRecords(sep), '31 triệu liều')).toBe(c);
  });
});
