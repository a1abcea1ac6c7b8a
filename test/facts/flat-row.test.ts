import { describe, expect, it } from 'vitest';
import { toFeedRecords } from '../../src/facts/feed-record.js';
import { COLUMNS, flatRow } from '../../src/facts/flat-row.js';
import { makeArticle } from './make-article.js';

describe('one flat row per fact', () => {
  const article = makeArticle(
    ['Tiêu đề', 'Trong tháng 9/2021 có 5 triệu liều.'],
    [
      { type: 'date', span: 'tháng 9/2021', value: '2021-09', granularity: 'month' },
      { type: 'dose', span: '5 triệu liều', value: 5e6 },
    ],
    { url: 'https://example.test/a', lang: 'vi' },
  );
  const records = toFeedRecords(article);

  it("has the same columns for every type, the other types' columns null", () => {
    const col = (name: string) => COLUMNS.findIndex((c) => c.name === name);
    const date = flatRow(records.find((r) => r.type === 'date')!);
    const dose = flatRow(records.find((r) => r.type === 'dose')!);
    expect(date.length).toBe(COLUMNS.length);
    expect(dose.length).toBe(COLUMNS.length);
    expect([
      date[col('date_value')],
      date[col('period_from')],
      date[col('period_to')],
      date[col('dose_value')],
    ]).toEqual(['2021-09', '2021-09-01', '2021-09-30', null]);
    expect([dose[col('dose_value')], dose[col('date_value')], dose[col('site')]]).toEqual([5e6, null, 'example']);
  });

  it('every column value has its declared type', () => {
    for (const r of records) {
      flatRow(r).forEach((v, i) => {
        const t = COLUMNS[i]!.type;
        if (v === null) return;
        expect(typeof v, COLUMNS[i]!.name).toBe(t === 'integer' ? 'number' : t);
      });
    }
  });
});

describe('the README documents every column', () => {
  it('has one table row per column, in order', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const documented = [...readme.matchAll(/^\| `([a-z_]+)` \| (string|number|integer|boolean) \|/gm)].map(
      (m) => `${m[1]}:${m[2]}`,
    );
    expect(documented).toEqual(COLUMNS.map((c) => `${c.name}:${c.type}`));
  });
});
