import { describe, expect, it } from 'vitest';
import { gate } from '../../src/facts/baseline.js';
import { evaluate, parseGold, textF1, type PredictedPage } from '../../src/facts/eval.js';
import { makeArticle, type Spec } from './make-article.js';

const paragraphs = ['Tiêu đề', 'Trong tháng 9/2021 Việt Nam có 16-17 triệu liều. Ông Nguyễn Văn A cho biết sẽ có thêm 30 triệu liều.'];
const goldText = [
  { type: 'page', page: 'p1', lang: 'vi', types: ['dose', 'date', 'statement'] },
  { type: 'dose', page: 'p1', text: '16-17 triệu liều', value: 16e6, valueMax: 17e6 },
  { type: 'dose', page: 'p1', text: '30 triệu liều', value: 30e6 },
  { type: 'date', page: 'p1', text: 'tháng 9/2021', value: '2021-09' },
  { type: 'statement', page: 'p1', text: 'sẽ có thêm 30 triệu liều', speakerKey: 'nguyen van a' },
]
  .map((x) => JSON.stringify(x))
  .join('\n');

function page(specs: Parameters<typeof makeArticle>[1], name = 'p1'): PredictedPage {
  const a = makeArticle(paragraphs, specs);
  return { page: name, text: a.text, facts: a.facts, lang: a.lang };
}

describe('evaluate', () => {
  const gold = parseGold(goldText, 'gold.jsonl');

  it('matches on type, overlapping span and normalised value', () => {
    const r = evaluate(gold, [
      page([
        { type: 'dose', span: '16-17 triệu', value: 16e6, valueMax: 17e6 },
        { type: 'dose', span: '30 triệu liều', value: 30e6 },
        { type: 'date', span: 'tháng 9/2021', value: '2021-09' },
        { type: 'statement', span: 'sẽ có thêm 30 triệu liều.', speaker: { name: 'Nguyễn Văn A', key: 'nguyễn văn a', title: null, org: null, kind: 'person' } },
      ]),
    ]);
    expect(r.facts['dose/vi']).toMatchObject({ gold: 2, predicted: 2, precision: 1, recall: 1, f1: 1 });
    expect(r.facts['date/vi']?.f1).toBe(1);
    expect(r.facts['statement/vi']?.f1).toBe(1);
    expect(r.misses).toEqual([]);
  });

  it('a wrong value, a wrong speaker or a span elsewhere is no match', () => {
    const r = evaluate(gold, [
      page([
        { type: 'dose', span: '16-17 triệu liều', value: 16e6, valueMax: null },
        { type: 'dose', span: 'Việt Nam', value: 30e6 },
        { type: 'date', span: 'tháng 9/2021', value: '2021-09-01', granularity: 'day' },
        { type: 'statement', span: 'sẽ có thêm 30 triệu liều', speaker: { name: 'Ông', key: 'ong', title: null, org: null, kind: 'person' } },
      ]),
    ]);
    expect(r.facts['dose/vi']).toMatchObject({ gold: 2, predicted: 2, precision: 0, recall: 0, f1: 0 });
    expect(r.facts['date/vi']?.f1).toBe(0);
    expect(r.facts['statement/vi']?.f1).toBe(0);
    expect(r.misses.filter((m) => m.kind === 'wrong-value').map((m) => m.type).sort()).toEqual(['date', 'dose', 'statement']);
    expect(r.misses.filter((m) => m.kind === 'spurious')).toHaveLength(4);
  });

  it('counts precision and recall separately, per language and overall', () => {
    const r = evaluate(gold, [page([{ type: 'dose', span: '30 triệu liều', value: 30e6 }, { type: 'dose', span: 'Tiêu đề', value: 5 }])]);
    expect(r.facts['dose/vi']).toMatchObject({ gold: 2, predicted: 2, precision: 0.5, recall: 0.5 });
    expect(r.facts['dose/all']?.f1).toBeCloseTo(0.5);
    expect(r.facts['date/vi']).toMatchObject({ gold: 1, predicted: 0, recall: 0, f1: 0 });
  });

  it('one predicted fact matches one gold fact only', () => {
    const twice = parseGold(
      [goldText.split('\n')[0], JSON.stringify({ type: 'dose', page: 'p1', text: '16-17', value: 16e6, valueMax: 17e6 }), JSON.stringify({ type: 'dose', page: 'p1', text: 'triệu liều', value: 16e6, valueMax: 17e6 })].join('\n'),
      'g',
    );
    const r = evaluate(twice, [page([{ type: 'dose', span: '16-17 triệu liều', value: 16e6, valueMax: 17e6 }])]);
    expect(r.facts['dose/vi']).toMatchObject({ gold: 2, predicted: 1, matchedGold: 1, precision: 1, recall: 0.5 });
  });

  it('ignores pages and fact types the gold does not annotate', () => {
    const g = parseGold(JSON.stringify({ type: 'page', page: 'p1', lang: 'vi', types: ['date'] }), 'g');
    const r = evaluate(g, [page([{ type: 'dose', span: '30 triệu liều', value: 30e6 }]), page([{ type: 'date', span: 'tháng 9/2021', value: '2021' }], 'other')]);
    expect(r.facts['dose/vi']).toBeUndefined();
    expect(r.facts['date/vi']).toMatchObject({ gold: 0, predicted: 0, f1: 1 });
    expect(r.pagesScored).toBe(1);
  });

  it('locates repeated spans by context or nth, and reports gold text the cleaner lost', () => {
    const text = 'Có 5 triệu liều. Sau đó có 5 triệu liều nữa.';
    const g = parseGold(
      [
        JSON.stringify({ type: 'page', page: 'p', lang: 'vi', types: ['dose'] }),
        JSON.stringify({ type: 'dose', page: 'p', text: '5 triệu liều', context: 'Sau đó có 5 triệu liều', value: 5e6 }),
        JSON.stringify({ type: 'dose', page: 'p', text: 'không có ở đây', value: 1 }),
      ].join('\n'),
      'g',
    );
    const second = text.lastIndexOf('5 triệu liều');
    const a = makeArticle(['T', text], [{ type: 'dose', span: '5 triệu liều', value: 5e6, nth: 1 }]);
    const r = evaluate(g, [{ page: 'p', text: a.text, facts: a.facts }]);
    expect(a.facts[0]!.start).toBe(a.text.indexOf(text) + second);
    expect(r.facts['dose/vi']).toMatchObject({ matchedGold: 1, gold: 2 });
    expect(r.misses.map((m) => m.kind)).toEqual(['not-in-text']);
  });
});

describe('link scoring', () => {
  const g = parseGold(
    [
      { type: 'page', page: 'p', lang: 'vi', types: ['dose', 'date'] },
      { type: 'date', page: 'p', text: 'đầu tháng 8/2021', value: '2021-08' },
      { type: 'date', page: 'p', text: 'cuối tháng Tám', value: '2021-08' },
      { type: 'dose', page: 'p', text: '16,6 triệu liều', value: 16.6e6, date: 'đầu tháng 8/2021' },
      { type: 'dose', page: 'p', text: '33 triệu liều', value: 33e6, date: 'cuối tháng Tám' },
      { type: 'dose', page: 'p', text: '5 triệu liều', value: 5e6, date: null },
    ]
      .map((x) => JSON.stringify(x))
      .join('\n'),
    'g',
  );
  const text = ['Tiêu đề', 'Nếu như đầu tháng 8/2021, chúng ta có 16,6 triệu liều thì đến cuối tháng Tám, Việt Nam có 33 triệu liều.', 'Hiện có 5 triệu liều.'];
  const specs: Spec[] = [
    { type: 'date' as const, span: 'đầu tháng 8/2021', value: '2021-08' },
    { type: 'dose' as const, span: '16,6 triệu liều', value: 16.6e6 },
    { type: 'date' as const, span: 'cuối tháng Tám', value: '2021-08' },
    { type: 'dose' as const, span: '33 triệu liều', value: 33e6 },
    { type: 'dose' as const, span: '5 triệu liều', value: 5e6 },
  ];

  it('scores the links the pipeline makes against the dates the annotator named', () => {
    const a = makeArticle(text, specs);
    const r = evaluate(g, [{ page: 'p', text: a.text, facts: a.facts }]);
    expect(r.facts['link/vi']).toMatchObject({ gold: 2, predicted: 2, precision: 1, recall: 1 });
  });

  it('counts a link to the wrong date, or to an unmatched one, against both precision and recall', () => {
    const a = makeArticle(text, specs.map((x): Spec => (x.type === 'date' && x.span === 'đầu tháng 8/2021' ? { ...x, value: '2021-07' } : x)));
    const r = evaluate(g, [{ page: 'p', text: a.text, facts: a.facts }]);
    expect(r.facts['link/vi']).toMatchObject({ gold: 2, predicted: 2, matchedGold: 1, precision: 0.5, recall: 0.5 });
    expect(r.misses.filter((m) => m.kind === 'wrong-link').map((m) => m.text)).toEqual(['16,6 triệu liều']);
  });

  it('rejects a gold dose naming a date that is not annotated', () => {
    const bad = [JSON.stringify({ type: 'page', page: 'p', lang: 'vi', types: ['dose'] }), JSON.stringify({ type: 'dose', page: 'p', text: 'x', value: 1, date: 'tháng 9' })].join('\n');
    expect(() => parseGold(bad, 'g.jsonl')).toThrow(/names date "tháng 9"/);
  });
});

describe('cluster scoring', () => {
  it('scores pairs of gold doses: same label and same predicted cluster, across pages and languages', () => {
    const g = parseGold(
      [
        { type: 'page', page: 'vi', lang: 'vi', types: ['dose', 'date'] },
        { type: 'dose', page: 'vi', text: '30 triệu liều', value: 30e6, same: 'a' },
        { type: 'dose', page: 'vi', text: '5 triệu liều', value: 5e6 },
        { type: 'page', page: 'en', lang: 'en', types: ['dose', 'date'] },
        { type: 'dose', page: 'en', text: '30 million doses', value: 30e6, same: 'a' },
        { type: 'dose', page: 'en', text: '5 million doses', value: 5e6 },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n'),
      'g',
    );
    const pub = { publishedAt: '2021-09-06T10:00:00+07:00' };
    const vi = makeArticle(['T', 'Có 30 triệu liều và 5 triệu liều.'], [{ type: 'dose', span: '30 triệu liều', value: 30e6 }, { type: 'dose', span: '5 triệu liều', value: 5e6 }], pub);
    const en = makeArticle(['T', 'There are 30 million doses and 5 million doses.'], [{ type: 'dose', span: '30 million doses', value: 30e6 }, { type: 'dose', span: '5 million doses', value: 5e6 }], { ...pub, lang: 'en', url: 'https://en.test/1' });
    const r = evaluate(g, [
      { page: 'vi', text: vi.text, facts: vi.facts, publishedAt: vi.publishedAt },
      { page: 'en', text: en.text, facts: en.facts, publishedAt: en.publishedAt },
    ]);
    // 30m pair: right; 5m pair: merged by the rules but different things by the annotator.
    expect(r.facts['cluster/all']).toMatchObject({ gold: 1, predicted: 2, matchedGold: 1, precision: 0.5, recall: 1 });
    expect(r.facts['cluster/cross']).toMatchObject({ gold: 1, predicted: 2 });
    expect(r.misses.filter((m) => m.kind === 'wrong-cluster').map((m) => m.text)).toEqual(['5 triệu liều']);
  });
});

describe('parseGold', () => {
  it('names the file, the line and the problem', () => {
    expect(() => parseGold('{"type":"page","page":"p","lang":"vi","types":["dose"]}\n{"type":"dose","page":"p","text":"x"}', 'gold.jsonl')).toThrow(/gold\.jsonl:2: value/);
    expect(() => parseGold('{"type":"dose","page":"q","text":"x","value":1}', 'g.jsonl')).toThrow(/g\.jsonl:1: .*before its page line/);
    expect(() => parseGold('nope', 'g.jsonl')).toThrow(/g\.jsonl:1: not JSON/);
  });
});

describe('textF1', () => {
  it('is 1 for the same words, lower for missing or extra words', () => {
    expect(textF1('Một hai ba.', 'một, hai ba')).toBe(1);
    expect(textF1('một hai', 'một hai ba bốn')).toBeCloseTo(2 / 3);
    expect(textF1('một hai ba bốn tin liên quan', 'một hai ba bốn')).toBeCloseTo(8 / 11);
    expect(textF1('', 'một')).toBe(0);
  });
});

describe('gate', () => {
  const floors = { 'dose/vi': 0.9, 'text/all': 0.95 };

  it('fails below a floor and when a pinned metric disappears', () => {
    expect(gate(floors, { 'dose/vi': 0.95, 'text/all': 0.96 }).below).toEqual([]);
    expect(gate(floors, { 'dose/vi': 0.85, 'text/all': 0.96 }).below).toEqual(['dose/vi: 0.850 < floor 0.900']);
    expect(gate(floors, { 'dose/vi': 0.95 }).below[0]).toMatch(/text\/all.*no longer measured/);
  });

  it('raises floors and pins new metrics, rounding down', () => {
    const r = gate(floors, { 'dose/vi': 0.97777, 'text/all': 0.95, 'date/id': 0.5 }, { update: true });
    expect(r.floors).toEqual({ 'date/id': 0.5, 'dose/vi': 0.977, 'text/all': 0.95 });
  });

  it('never lowers a floor without allowLower', () => {
    expect(gate(floors, { 'dose/vi': 0.5, 'text/all': 0.99 }, { update: true }).floors).toBeUndefined();
    expect(gate(floors, { 'dose/vi': 0.5, 'text/all': 0.99 }, { update: true, allowLower: true }).floors).toEqual({ 'dose/vi': 0.5, 'text/all': 0.99 });
  });
});
