import { describe, expect, it } from 'vitest';
import { Fact } from '../../../src/core/index.js';
import { isoWeek, localDay } from '../../../src/extractors/common/dates/calendar.js';
import { enDateExtractor } from '../../../src/extractors/en/dates/index.js';
import { idDateExtractor } from '../../../src/extractors/id/dates/index.js';
import { viDateExtractor } from '../../../src/extractors/vi/dates/index.js';
import { docFromText } from '../../support/doc-from-text.js';
import { dateFacts } from './support.js';

const vi = (s: string, publishedAt: string | null) => dateFacts(viDateExtractor, s, 'vi', publishedAt).facts.map((f) => [f.text, f.value, f.implied]);

describe('without a publication date', () => {
  it('keeps the year unknown (XXXX) and implies nothing', () => {
    expect(vi('Tại cuộc họp báo chiều 6/9, ông đã phát biểu.', null)).toEqual([['chiều 6/9', 'XXXX-09-06TAF', []]]);
    expect(vi('Trong tháng 9 và 10, vaccine sẽ về.', null)).toEqual([['tháng 9 và 10', 'XXXX-09/XXXX-10', []]]);
  });
  it('skips relative dates and keeps written years', () => {
    expect(vi('Hôm qua, tuần trước và năm ngoái, vaccine đã về.', null)).toEqual([]);
    expect(vi('Dự kiến trong tháng 9 và tháng 10/2021, vaccine sẽ về.', null)).toEqual([['tháng 9 và tháng 10/2021', '2021-09/2021-10', []]]);
  });
});

describe('the site time zone', () => {
  it('2021-09-06T00:30+07:00 (17:30 UTC the day before) is 6 September locally', () => {
    expect(localDay('2021-09-05T17:30:00Z', '+07:00')).toEqual({ year: 2021, month: 9, day: 6 });
    expect(vi('Hôm qua, vaccine đã về.', '2021-09-05T17:30:00Z')).toEqual([['Hôm qua', '2021-09-05', ['year', 'month', 'day']]]);
    expect(vi('Hôm nay, vaccine đã về.', '2021-09-06T00:30:00+07:00')).toEqual([['Hôm nay', '2021-09-06', ['year', 'month', 'day']]]);
  });
  it('writes the offset of a time: the site’s, or the one in the text', () => {
    const facts = dateFacts(idDateExtractor, 'Kamis (2/9) pukul 10.00 WIT, vaksin tiba.', 'id').facts;
    expect(facts.map((f) => f.value)).toEqual(['2021-09-02T10:00+09:00']);
  });
});

describe('the year of a bare date leans with the tense', () => {
  const jan = '2022-01-05T10:00:00+07:00';
  it('past sentences take the last occurrence', () => {
    expect(vi('Ngày 25/12, lô vaccine đã về.', jan)).toEqual([['Ngày 25/12', '2021-12-25', ['year']]]);
    expect(vi('Trong tháng 12, vaccine đã về.', jan)).toEqual([['tháng 12', '2021-12', ['year']]]);
  });
  it('future sentences take the next occurrence', () => {
    expect(vi('Trong tháng 12, vaccine sẽ về.', jan)).toEqual([['tháng 12', '2022-12', ['year']]]);
    expect(vi('Trong tháng 3, vaccine sẽ về.', '2021-09-06T10:00:00+07:00')).toEqual([['tháng 3', '2022-03', ['year']]]);
  });
  it('without tense, the nearest', () => {
    expect(vi('Ngày 30/12 là ngày cuối cùng.', jan)).toEqual([['Ngày 30/12', '2021-12-30', ['year']]]);
    expect(vi('Ngày 3/1 là ngày đầu tiên.', '2021-12-20T10:00:00+07:00')).toEqual([['Ngày 3/1', '2022-01-03', ['year']]]);
  });
  it('English and Indonesian past tense do not resolve forward (compromise-dates does)', () => {
    expect(dateFacts(enDateExtractor, 'Vietnam received doses in July.', 'en', '2021-06-20T10:00:00+07:00').facts.map((f) => f.value)).toEqual(['2020-07']);
    expect(dateFacts(idDateExtractor, 'Vietnam telah menerima vaksin pada bulan Juli.', 'id', '2021-06-20T10:00:00+07:00').facts.map((f) => f.value)).toEqual(['2020-07']);
  });
  it('rejects impossible days', () => {
    expect(vi('Ngày 31/9, ngày 30/2 và ngày 29/2/2021 không tồn tại.', '2021-09-06T10:00:00+07:00')).toEqual([]);
  });
});

describe('calendar', () => {
  it('ISO weeks across the year boundary', () => {
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2021, month: 9, day: 6 })).toEqual({ year: 2021, week: 36 });
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
  });
  it('"tuần trước" in the first week of 2021 is 2020-W53', () => {
    expect(vi('Tuần trước, vaccine đã về.', '2021-01-04T10:00:00+07:00')).toEqual([['Tuần trước', '2020-W53', ['year', 'week']]]);
  });
});

describe('languages and schema', () => {
  it('each extractor reads only its own language', () => {
    const doc = docFromText(['Title', 'Vietnam received doses in July and August.'], { lang: 'en' });
    expect(viDateExtractor.extract(doc)).toEqual([]);
    expect(idDateExtractor.extract(doc)).toEqual([]);
    expect(enDateExtractor.extract(doc)).toHaveLength(1);
  });
  it('every draft passes the Fact schema and its span check', () => {
    const doc = docFromText(['Tiêu đề', 'Chiều 6/9 và 15h chiều nay, từ 1/9 đến 15/9, quý III/2021, tuần trước.'], { lang: 'vi' });
    const drafts = viDateExtractor.extract(doc);
    expect(drafts.length).toBe(5);
    for (const d of drafts) {
      expect(Fact.safeParse({ ...d, id: 'x' }).success).toBe(true);
      expect(doc.text.slice(d.start, d.end)).toBe(d.text);
      expect(d.sentence).toBe(doc.sentences.find((s) => s.start <= d.start && d.end <= s.end)!.text);
    }
  });
});
