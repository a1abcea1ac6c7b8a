import { describe, expect, it } from 'vitest';
import { toFeedRecords, type DoseRecord, type FeedRecord } from '../../src/facts/feed-record.js';
import { factBySpan, makeArticle } from './make-article.js';

function dose(records: FeedRecord[], span: string): DoseRecord {
  const r = records.find((x) => x.type === 'dose' && x.text === span);
  if (!r || r.type !== 'dose') throw new Error(`no dose record "${span}"`);
  return r;
}

describe('dose → date links', () => {
  it('two doses with two dates in one sentence: each takes the date of its own clause, not the nearest', () => {
    const a = makeArticle(
      ['Tiêu đề', 'Nếu như đầu tháng 8/2021, chúng ta huy động được 16,6 triệu liều vaccine thì đến cuối tháng Tám, Việt Nam đã có thêm 33 triệu liều vaccine.'],
      [
        { type: 'date', span: 'đầu tháng 8/2021', value: '2021-08', mod: 'START', granularity: 'month' },
        { type: 'dose', span: '16,6 triệu liều vaccine', value: 16_600_000 },
        { type: 'date', span: 'cuối tháng Tám', value: '2021-08', mod: 'END', granularity: 'month' },
        { type: 'dose', span: '33 triệu liều vaccine', value: 33_000_000 },
      ],
    );
    const records = toFeedRecords(a);
    expect(dose(records, '16,6 triệu liều vaccine').dateId).toBe(factBySpan(a, 'đầu tháng 8/2021').id);
    expect(dose(records, '33 triệu liều vaccine').dateId).toBe(factBySpan(a, 'cuối tháng Tám').id);
  });

  it('", and" starts a new clause (English, date after the dose)', () => {
    const a = makeArticle(
      ['Title', 'Vietnam received 10 million doses in July, and 20 million doses in August.'],
      [
        { type: 'dose', span: '10 million doses', value: 10_000_000 },
        { type: 'date', span: 'July', value: '2021-07', granularity: 'month' },
        { type: 'dose', span: '20 million doses', value: 20_000_000 },
        { type: 'date', span: 'August', value: '2021-08', granularity: 'month' },
      ],
      { lang: 'en' },
    );
    const records = toFeedRecords(a);
    expect(dose(records, '10 million doses').dateId).toBe(factBySpan(a, 'July').id);
    expect(dose(records, '20 million doses').dateId).toBe(factBySpan(a, 'August').id);
  });

  it('within one clause the nearest date wins', () => {
    const a = makeArticle(
      ['Judul', 'Pada tahun 2021 Vietnam menerima 10 juta dosis vaksin pada bulan Juli.'],
      [
        { type: 'date', span: 'tahun 2021', value: '2021', granularity: 'year' },
        { type: 'dose', span: '10 juta dosis vaksin', value: 10_000_000 },
        { type: 'date', span: 'bulan Juli', value: '2021-07', granularity: 'month' },
      ],
      { lang: 'id' },
    );
    expect(dose(toFeedRecords(a), '10 juta dosis vaksin').dateId).toBe(factBySpan(a, 'bulan Juli').id);
  });

  it('falls back to a date of another clause of the sentence when that clause has no dose of its own', () => {
    const a = makeArticle(
      ['Tiêu đề', 'Trong tháng 9/2021: Việt Nam sẽ có 16-17 triệu liều.'],
      [
        { type: 'date', span: 'tháng 9/2021', value: '2021-09', granularity: 'month' },
        { type: 'dose', span: '16-17 triệu liều', value: 16_000_000, valueMax: 17_000_000 },
      ],
    );
    expect(dose(toFeedRecords(a), '16-17 triệu liều').dateId).toBe(factBySpan(a, 'tháng 9/2021').id);
  });

  it('a date written before several doses qualifies them all; a date after them only the nearest', () => {
    const a = makeArticle(
      ['Tiêu đề', 'Tính đến ngày 6/9, Việt Nam đã tiếp nhận gần 36 triệu liều vaccine và đã tiêm được hơn 22 triệu liều.', 'Việt Nam đã nhận hơn 9 triệu liều vaccine từ cơ chế COVAX và dự kiến sẽ nhận đủ 38,9 triệu liều trong năm 2021.'],
      [
        { type: 'date', span: 'ngày 6/9', value: '2021-09-06', granularity: 'day' },
        { type: 'dose', span: '36 triệu liều vaccine', value: 36e6 },
        { type: 'dose', span: '22 triệu liều', value: 22e6 },
        { type: 'dose', span: '9 triệu liều vaccine', value: 9e6 },
        { type: 'dose', span: '38,9 triệu liều', value: 38.9e6 },
        { type: 'date', span: 'năm 2021', value: '2021', granularity: 'year' },
      ],
    );
    const records = toFeedRecords(a);
    expect(dose(records, '36 triệu liều vaccine').dateId).toBe(factBySpan(a, 'ngày 6/9').id);
    expect(dose(records, '22 triệu liều').dateId).toBe(factBySpan(a, 'ngày 6/9').id);
    expect(dose(records, '38,9 triệu liều').dateId).toBe(factBySpan(a, 'năm 2021').id);
    expect(dose(records, '9 triệu liều vaccine').dateId).toBeNull();
  });

  it('a date does not carry over to what follows it ("…, followed by …")', () => {
    const a = makeArticle(
      ['Title', 'The first batch of 1.5 million doses arrives in mid-September, followed by two shipments of 1 million doses each.'],
      [
        { type: 'dose', span: '1.5 million doses', value: 1.5e6 },
        { type: 'date', span: 'mid-September', value: '2021-09', mod: 'MID', granularity: 'month' },
        { type: 'dose', span: '1 million doses', value: 1e6 },
      ],
      { lang: 'en' },
    );
    const records = toFeedRecords(a);
    expect(dose(records, '1.5 million doses').dateId).toBe(factBySpan(a, 'mid-September').id);
    expect(dose(records, '1 million doses').dateId).toBeNull();
  });

  it('does not take a date from a relative clause about something else', () => {
    const a = makeArticle(
      ['Title', 'Several million doses have been given in the southern hub, where the outbreak has raged since late April.'],
      [
        { type: 'dose', span: 'Several million doses', value: null },
        { type: 'date', span: 'late April', value: '2021-04', mod: 'END', granularity: 'month' },
      ],
      { lang: 'en' },
    );
    expect(dose(toFeedRecords(a), 'Several million doses').dateId).toBeNull();
  });

  it('gives no date to a figure that sizes a contract', () => {
    const a = makeArticle(
      ['Tiêu đề', 'Chiều 6-9, lô vaccine Pfizer gần 1,6 triệu liều đã về đến sân bay Nội Bài, nằm trong hợp đồng 31 triệu liều Bộ Y tế ký với hãng Pfizer.'],
      [
        { type: 'date', span: 'Chiều 6-9', value: '2021-09-06TAF', granularity: 'part-of-day' },
        { type: 'dose', span: '1,6 triệu liều', value: 1.6e6 },
        { type: 'dose', span: '31 triệu liều', value: 31e6 },
      ],
    );
    const records = toFeedRecords(a);
    expect(dose(records, '1,6 triệu liều').dateId).toBe(factBySpan(a, 'Chiều 6-9').id);
    expect(dose(records, '31 triệu liều').dateId).toBeNull();
  });

  it('never links a date of another sentence', () => {
    const a = makeArticle(
      ['Tiêu đề', 'Ngày 6/9/2021 Bộ Y tế họp. Việt Nam đã có thêm 33 triệu liều vaccine.'],
      [
        { type: 'date', span: 'Ngày 6/9/2021', value: '2021-09-06', granularity: 'day' },
        { type: 'dose', span: '33 triệu liều vaccine', value: 33_000_000 },
      ],
    );
    expect(dose(toFeedRecords(a), '33 triệu liều vaccine').dateId).toBeNull();
  });

  it('finds the right sentence when the same sentence occurs twice', () => {
    const s = 'Trong tháng 9 có 5 triệu liều.';
    const a = makeArticle(
      ['Tiêu đề', s, s],
      [
        { type: 'date', span: 'tháng 9', value: '2021-09', granularity: 'month' },
        { type: 'dose', span: '5 triệu liều', value: 5_000_000, nth: 1 },
      ],
    );
    expect(dose(toFeedRecords(a), '5 triệu liều').dateId).toBeNull();
  });
});

describe('dose → statement links', () => {
  it('links a dose to the smallest statement whose span contains it', () => {
    const quote = 'Kami fokus pada komitmen 150 juta dosis vaksin yang ditandatangani oleh Vietnam.';
    const a = makeArticle(
      ['Judul', `Nguyen Minh Vu mengatakan: “${quote}”`, 'Vietnam menerima 10 juta dosis vaksin.'],
      [
        { type: 'statement', span: quote, speaker: { name: 'Nguyen Minh Vu', key: 'nguyen minh vu', title: null, org: null, kind: 'person' } },
        { type: 'dose', span: '150 juta dosis vaksin', value: 150_000_000 },
        { type: 'dose', span: '10 juta dosis vaksin', value: 10_000_000 },
      ],
      { lang: 'id' },
    );
    const records = toFeedRecords(a);
    expect(dose(records, '150 juta dosis vaksin').statementId).toBe(factBySpan(a, quote).id);
    expect(dose(records, '10 juta dosis vaksin').statementId).toBeNull();
  });
});
