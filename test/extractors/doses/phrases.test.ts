import { describe, expect, it } from 'vitest';
import { DoseFact } from '../../../src/core/index.js';
import { EXTRACTORS } from '../../../src/extractors/index.js';
import { enDoseExtractor } from '../../../src/extractors/en/doses/index.js';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { EN_ROWS } from './phrases/en.js';
import { ID_ROWS } from './phrases/id.js';
import { VI_ROWS } from './phrases/vi.js';
import { dosesOf, expected, project, type Row } from './support.js';
import { extractorRef } from '../../../src/extractors/common/extractor.js';

const TABLES = [
  { lang: 'vi', ex: viDoseExtractor, rows: VI_ROWS },
  { lang: 'id', ex: idDoseExtractor, rows: ID_ROWS },
  { lang: 'en', ex: enDoseExtractor, rows: EN_ROWS },
] as const;

describe.each(TABLES)('$lang dose phrases', ({ lang, ex, rows }) => {
  it('has at least 60 phrases, positive and negative', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.filter((r) => r.want.length === 0).length).toBeGreaterThanOrEqual(15);
  });

  it.each(rows.map((r: Row) => [r.s, r] as const))('%s', (s, row) => {
    const got = dosesOf(ex, s, lang);
    expect(got.map((f, i) => (row.want[i] ? project(f, row.want[i]) : f))).toEqual(row.want.map(expected));
    for (const f of got) {
      expect(f.text).toBe(s.normalize('NFC').slice(f.start, f.end));
      expect(f.sentence).toContain(f.text);
      expect(f.lang).toBe(lang);
      expect(f.extractor).toEqual(extractorRef(lang, 'dose'));
      expect(DoseFact.safeParse({ ...f, id: 'x' }).success).toBe(true);
    }
  });
});

describe('dose extractors', () => {
  it('are registered once each, by name', () => {
    const names = EXTRACTORS.filter((e) => e.type === 'dose').map((e) => e.name);
    expect(names.sort()).toEqual(['en/dose', 'id/dose', 'vi/dose']);
  });

  it('read only the sentences in their own language', () => {
    expect(dosesOf(viDoseExtractor, 'Indonesia telah menerima 150 juta dosis vaksin.', 'id')).toEqual([]);
    expect(dosesOf(idDoseExtractor, 'Việt Nam đã tiếp nhận 30 triệu liều vaccine.', 'vi')).toEqual([]);
    expect(dosesOf(enDoseExtractor, 'Việt Nam đã tiếp nhận 30 triệu liều vaccine.', 'vi')).toEqual([]);
  });

  it('gives a headline figure and the same figure in the body their own spans', () => {
    const text = ['Sẽ có thêm 30 triệu liều về Việt Nam', 'Dự kiến Việt Nam sẽ có thêm 30 triệu liều vaccine.'];
    const got = dosesOf(viDoseExtractor, text, 'vi');
    expect(got.map((f) => f.value)).toEqual([30e6, 30e6]);
    expect(got[0]!.start).not.toBe(got[1]!.start);
    expect(got.map((f) => text.join('\n\n').slice(f.start, f.end))).toEqual(['30 triệu liều', '30 triệu liều vaccine']);
  });
});
