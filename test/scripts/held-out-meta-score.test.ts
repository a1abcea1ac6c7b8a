import { describe, expect, it } from 'vitest';
import { aggregateMeta, dayOf, MetaRow, scoreMeta, titleKey } from '../../scripts/held-out/meta-score.js';
import { parseOptions } from '../../scripts/held-out/options.js';

const row = (expected: object): MetaRow =>
  MetaRow.parse({ id: 'p1', url: 'https://news.example/2020/01/02/a', file: 'pages/p1.html.gz', expected });
const read = (publishedAt: string | null, title: string | null = null, site: string | null = 'news.example') => ({
  publishedAt,
  title,
  site,
});

describe('held-out metadata scorer', () => {
  it('compares the calendar day the reader states in its own offset', () => {
    expect(dayOf('2020-01-02T23:30:00-05:00')).toBe('2020-01-02');
    expect(dayOf(null)).toBeNull();
    const r = row({ publishedAt: '2020-01-02' });
    expect(scoreMeta(r, read('2020-01-02T23:30:00-05:00')).verdicts.publishedAt).toBe('right');
    expect(scoreMeta(r, read('2020-01-03T04:30:00+00:00')).verdicts.publishedAt).toBe('wrong');
    expect(scoreMeta(r, read(null)).verdicts.publishedAt).toBe('missing');
  });

  it('counts any date on a page whose gold has none as wrong, and none as right', () => {
    const r = row({ publishedAt: null });
    expect(scoreMeta(r, read('2019-05-05T00:00:00+00:00')).verdicts.publishedAt).toBe('wrong');
    expect(scoreMeta(r, read(null)).verdicts.publishedAt).toBe('right');
  });

  it('matches titles up to case, white space, quote marks and dashes, and scores only annotated fields', () => {
    expect(titleKey('„Welches  Europa wir wollen“ – Teil 1')).toBe(titleKey('"welches europa wir wollen" - teil 1'));
    const r = row({ publishedAt: '2020-01-02', title: 'Aren’t we all …?' });
    expect(scoreMeta(r, read(null, "Aren't we all ...?")).verdicts.title).toBe('right');
    expect(scoreMeta(r, read(null, 'News')).verdicts.title).toBe('wrong');
    expect(scoreMeta(r, read(null, '')).verdicts.title).toBe('missing');
    expect(scoreMeta(r, read(null)).verdicts.site).toBeUndefined();
  });

  it('adds verdicts up per field', () => {
    const a = row({ publishedAt: '2020-01-02', site: 'news.example' });
    const scores = [
      scoreMeta(a, read('2020-01-02T10:00:00+07:00')),
      scoreMeta(a, read('2021-01-02T10:00:00+07:00', null, 'other.example')),
      scoreMeta(a, read(null, null, null)),
    ];
    const agg = aggregateMeta(scores);
    expect(agg.publishedAt).toEqual({ pages: 3, right: 1, wrong: 1, missing: 1 });
    expect(agg.site).toEqual({ pages: 3, right: 1, wrong: 1, missing: 1 });
    expect(agg.title).toEqual({ pages: 0, right: 0, wrong: 0, missing: 0 });
  });

  it('refuses a row whose gold day is not a plain date', () => {
    expect(() => row({ publishedAt: '2020-01-02T10:00:00Z' })).toThrow();
  });

  it('takes the shared held-out options', () => {
    expect(parseOptions(['meta', '--set', 'htmldate-eval', '--split', 'dev', '--misses']).opts).toMatchObject({
      set: 'htmldate-eval',
      splits: ['dev'],
      misses: true,
    });
  });
});
