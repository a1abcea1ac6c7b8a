import { describe, expect, it } from 'vitest';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * The Indonesian confidence layer, on invented sentences: "Suami Veronica Tan" describes a person by a relative (her
 * husband speaks); it is not a person's name, so the statement is left out rather than given to a wrong name.
 */

function names(paragraphs: string[]): Array<string | null> {
  return idStatementExtractor
    .extract(docFromText(['Berita', ...paragraphs], { lang: 'id' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker.name] : []));
}

describe('id confidence: a relative described by kinship', () => {
  it('"Suami X itu menganggap" names no one called "Suami X"', () => {
    const found = names(['Suami Rina Wulandari itu menganggap keputusan tersebut sudah tepat bagi keluarga mereka.']);
    expect(found.filter((n) => n?.startsWith('Suami'))).toEqual([]);
  });

  it('a pronoun tied to such a description gives no name either', () => {
    const found = names([
      'Suami Rina Wulandari itu menganggap keputusan tersebut sudah tepat bagi keluarga mereka.',
      'Ia menjelaskan, keluarga akan tetap tinggal di Bandung sampai akhir tahun.',
    ]);
    expect(found.filter((n) => n?.startsWith('Suami'))).toEqual([]);
  });

  it('a plain name after a title still speaks', () => {
    expect(names(['Kepala Dinas Kesehatan Budi Santoso mengatakan vaksinasi akan dilanjutkan pekan depan.'])).toEqual([
      'Budi Santoso',
    ]);
  });
});
