import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  figures,
  matchDates,
  predictDates,
  scoreSplit,
  type HeldOutDateItem,
} from '../../../scripts/held-out/dates.js';

const item = (text: string, dates: HeldOutDateItem['dates']): HeldOutDateItem => ({
  id: 't',
  lang: 'vi',
  text,
  publishedAt: '2021-09-06T12:00:00+07:00',
  utcOffset: '+07:00',
  dates,
  source: {},
});

describe('held-out date scorer', () => {
  it('matches by overlap and value, each gold date once', () => {
    const it0 = item('Ngày 5/9 và ngày 5/9 nữa', [
      { text: 'Ngày 5/9', value: '2021-09-05' },
      { text: 'ngày 5/9', value: '2021-09-05' },
    ]);
    const r = matchDates(it0, [
      { text: 'Ngày 5/9', start: 0, end: 8, value: '2021-09-05' },
      { text: 'ngày 5/9', start: 12, end: 20, value: '2021-09-05' },
    ]);
    expect(r).toMatchObject({ gold: 2, found: 2, correct: 2, duplicates: 0, falses: [], misses: [] });
  });

  it('finds a gold text written twice at each of its places', () => {
    const it0 = item('Năm 2017 và năm 2017', [
      { text: 'ăm 2017', value: '2017' },
      { text: 'ăm 2017', value: '2017' },
    ]);
    const r = matchDates(it0, [{ text: 'năm 2017', start: 12, end: 20, value: '2017' }]);
    expect(r).toMatchObject({ found: 1, correct: 1, misses: ['"ăm 2017" = 2017'] });
  });

  it('finds a gold text that an earlier gold text contains at its own place, after it', () => {
    const it0 = item('Đến cuối năm 2028, chỉ tiêu năm 2028', [
      { text: 'cuối năm 2028', value: '2028' },
      { text: 'năm 2028', value: '2028' },
    ]);
    const r = matchDates(it0, [
      { text: 'cuối năm 2028', start: 4, end: 17, value: '2028' },
      { text: 'năm 2028', start: 28, end: 36, value: '2028' },
    ]);
    expect(r).toMatchObject({ found: 2, correct: 2, duplicates: 0, falses: [], misses: [] });
  });

  it('counts a wrong value and an unannotated date as false, a second hit on a matched date as duplicate', () => {
    const it0 = item('Hôm nay, thứ Hai 6/9, tỷ số 2-0', [{ text: 'Hôm nay, thứ Hai 6/9', value: '2021-09-06' }]);
    const r = matchDates(it0, [
      { text: 'Hôm nay', start: 0, end: 7, value: '2021-09-06' },
      { text: 'thứ Hai 6/9', start: 9, end: 20, value: '2021-09-06' },
      { text: '2-0', start: 29, end: 32, value: '2021-02-01' },
    ]);
    expect(r.correct).toBe(1);
    expect(r.duplicates).toBe(1);
    expect(r.falses).toEqual(['"2-0" → 2021-02-01']);
    const f = figures({
      sentences: 1,
      negatives: 0,
      gold: 1,
      found: 1,
      predicted: 3,
      correct: 1,
      duplicates: 1,
      falses: 1,
      falsesOnNegatives: 0,
    });
    expect(f).toEqual({ recall: 1, precision: 0.5, falsePer100: 100 });
  });

  it('reports a missed date and runs the real extractor against the publication date', () => {
    const it0 = item('Sáng 5/9, Bộ Y tế họp.', [{ text: 'Sáng 5/9', value: '2021-09-05TMO' }]);
    expect(matchDates(it0, []).misses).toEqual(['"Sáng 5/9" = 2021-09-05TMO']);
    expect(predictDates(it0).map((p) => p.value)).toEqual(['2021-09-05TMO']);
  });
});

describe('held-out date sets (committed, real sentences)', () => {
  it('dev split keeps recall at least 0.95 and at most 5 false dates per 100 sentences in each language', async () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '../../../eval/held-out/dates');
    const scores = await scoreSplit(root, 'dev');
    const langs = new Map<string, ReturnType<typeof figures>>();
    for (const lang of ['vi', 'id', 'en'] as const) {
      const t = scores.map((s) => s.byLang.get(lang)).filter((x) => x !== undefined);
      const sum = t.reduce((a, b) => ({
        ...a,
        sentences: a.sentences + b.sentences,
        gold: a.gold + b.gold,
        found: a.found + b.found,
        predicted: a.predicted + b.predicted,
        correct: a.correct + b.correct,
        duplicates: a.duplicates + b.duplicates,
        falses: a.falses + b.falses,
      }));
      langs.set(lang, figures(sum));
    }
    for (const [lang, f] of langs) {
      expect(f.recall, lang).toBeGreaterThanOrEqual(0.95);
      expect(f.falsePer100, lang).toBeLessThanOrEqual(5);
    }
  });
});
