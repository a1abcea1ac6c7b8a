import { describe, expect, it } from 'vitest';
import { toFeedRecords } from '../../../src/facts/feed-record.js';
import { aggregate, firstDay } from '../../../src/facts/report/aggregate.js';
import { buildReport } from '../../../src/facts/report/index.js';
import { makeArticle } from '../make-article.js';

const a = makeArticle(
  [
    'Vaccine arrives',
    'Vietnam received 2 million doses on 6 July 2021.',
    '"We <b>thank</b> Japan," Minister Long said.',
  ],
  [
    { type: 'dose', span: '2 million doses', value: 2_000_000, status: 'received' },
    { type: 'date', span: '6 July 2021', value: '2021-07-06', granularity: 'day' },
    {
      type: 'statement',
      span: '"We <b>thank</b> Japan," Minister Long said',
      quote: 'We <b>thank</b> Japan',
      speaker: { name: 'Nguyen Thanh Long', key: 'nguyen thanh long', title: 'Minister', org: null, kind: 'person' },
    },
  ],
  { lang: 'en', url: 'https://news.example/a-1', publishedAt: '2021-07-08T09:00:00+07:00', site: 'news.example' },
);
const b = makeArticle(
  [
    'Tiêm chủng',
    'Hà Nội đã tiêm 500.000 liều và hàng triệu liều nữa sẽ về.',
    '"Chúng tôi sẵn sàng," Bộ trưởng Long nói.',
  ],
  [
    { type: 'dose', span: '500.000 liều', value: 500_000, status: 'administered' },
    { type: 'dose', span: 'hàng triệu liều', value: null, status: 'expected' },
    {
      type: 'statement',
      span: '"Chúng tôi sẵn sàng," Bộ trưởng Long nói',
      quote: 'Chúng tôi sẵn sàng',
      speaker: { name: 'Nguyễn Thanh Long', key: 'nguyen thanh long', title: 'Bộ trưởng', org: null, kind: 'person' },
    },
  ],
  { lang: 'vi', url: 'javascript:alert(1)', publishedAt: '2021-07-09T09:00:00+07:00', site: 'tin.example' },
);
const records = [...toFeedRecords(a), ...toFeedRecords(b)];

describe('report data', () => {
  it('dates a figure by its own date fact, else by the publication day; leaves out vague figures', () => {
    const d = aggregate(records);
    expect(d.doses.map((x) => [x.value, x.day, x.dated, x.site, x.lang, x.status])).toEqual([
      [2_000_000, '2021-07-06', 'text', 'news.example', 'en', 'received'],
      [500_000, '2021-07-09', 'published', 'tin.example', 'vi', 'administered'],
    ]);
    expect(d.dosesLeftOut).toBe(1);
    expect(d.byType).toEqual({ dose: 3, date: 1, statement: 2 });
  });

  it('counts facts per publication day and type, and groups statements by speaker key', () => {
    const d = aggregate(records);
    expect(d.perDay).toEqual([
      { day: '2021-07-08', type: 'date', count: 1 },
      { day: '2021-07-08', type: 'dose', count: 1 },
      { day: '2021-07-08', type: 'statement', count: 1 },
      { day: '2021-07-09', type: 'dose', count: 2 },
      { day: '2021-07-09', type: 'statement', count: 1 },
    ]);
    expect(d.officials).toHaveLength(1);
    expect(d.officials[0]).toMatchObject({ name: 'Nguyen Thanh Long', count: 2, title: 'Minister' });
    const quotes = d.officials[0]!.statements.map((s) => s.quote);
    expect(quotes).toEqual(['We <b>thank</b> Japan', 'Chúng tôi sẵn sàng']);
  });

  it('turns date values into the first day they cover, and refuses quarters and weeks', () => {
    expect(
      ['2021-09-06', '2021-09', '2021', '2021-09/2021-10', '2021-09-06T15:00+07:00', '2021-Q3', '2021-W36', null].map(
        firstDay,
      ),
    ).toEqual(['2021-09-06', '2021-09-01', '2021-01-01', '2021-09-01', '2021-09-06', null, null, null]);
  });
});

describe('report page', () => {
  it('is one self-contained page: three inline SVG charts, no script, nothing fetched, text escaped', async () => {
    const { html } = await buildReport(records, {
      source: 'facts.jsonl',
      generatedAt: '2026-01-01T00:00:00Z',
      title: 'Doses <test>',
    });
    expect(html.match(/<svg[\s>]/g)).toHaveLength(3);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i);
    // The only URLs are links to articles and the SVG/XML namespaces.
    const urls = [...html.matchAll(/(?:src|href)\s*=\s*"([^"]*)"/g)].map((m) => m[1]);
    expect(urls).toEqual(['https://news.example/a-1', 'https://news.example/a-1']);
    expect(html).toContain('<title>Doses &lt;test&gt;</title>');
    expect(html).toContain('We &lt;b&gt;thank&lt;/b&gt; Japan');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('2,000,000');
  });

  it('is byte-identical for the same records and time', async () => {
    const o = { source: 'facts.jsonl', generatedAt: '2026-01-01T00:00:00Z' };
    expect((await buildReport(records, o)).html).toBe((await buildReport(records, o)).html);
  });

  it('says so when there is nothing to chart', async () => {
    const { html } = await buildReport([], { source: 'empty.jsonl', generatedAt: '2026-01-01T00:00:00Z' });
    expect(html).not.toMatch(/<svg/);
    expect(html).toContain('No dose figures with a number and a date.');
  });
});
