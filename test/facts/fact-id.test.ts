import { describe, expect, it } from 'vitest';
import type { FactDraft } from '../../src/core/index.js';
import { factId } from '../../src/facts/fact-id.js';

const base = { lang: 'vi', text: '16,6 triệu liều', start: 10, end: 25, sentence: 's', extractor: { name: 'vi/dose', version: '1' } } as const;
const dose: FactDraft = { ...base, type: 'dose', value: 16_600_000, valueMax: null, approximate: false, item: null, status: 'unknown', counterpart: null };
const url = 'https://www.vietnamplus.vn/a-post1.vnp';

describe('factId', () => {
  it('says the type in its prefix and is a hash of URL, type, span and value only', () => {
    expect(factId(url, dose)).toMatch(/^d_[0-9a-f]{24}$/);
    expect(factId(url, { ...base, type: 'date', value: '2021-08', mod: null, granularity: 'month', implied: [] })).toMatch(/^t_/);
    expect(factId(url, { ...base, type: 'statement', speaker: { name: null, key: null, title: null, org: null, kind: 'person' }, quote: 'q', direct: true, verb: null })).toMatch(/^s_/);
    expect(factId(url, { ...dose, extractor: { name: 'other', version: '9' }, sentence: 'other', status: 'received', item: 'vaccine' })).toBe(factId(url, dose));
    expect(factId(url, { ...dose, end: 26 })).not.toBe(factId(url, dose));
  });

  it('ignores floating-point noise and diacritics in the speaker key', () => {
    expect(factId(url, { ...dose, value: 16.6 * 1e6 })).toBe(factId(url, dose));
    const st = (key: string): FactDraft => ({ ...base, type: 'statement', speaker: { name: null, key, title: null, org: null, kind: 'person' }, quote: 'q', direct: true, verb: null });
    expect(factId(url, st('Nguyễn Minh Vũ'))).toBe(factId(url, st('nguyen minh vu')));
    expect(factId(url, st('nguyen minh vu'))).not.toBe(factId(url, st('tran van thuan')));
  });
});
