import { describe, expect, it } from 'vitest';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/* A speaker field the text does not fill is null, never '' (invented sentences). */

function speakers(paragraph: string): unknown[] {
  const doc = docFromText(['Tiêu đề', paragraph], { lang: 'vi' });
  return viStatementExtractor.extract(doc).flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('speaker fields', () => {
  it('"Theo HLV X, …" gives no org rather than an empty one', () => {
    expect(speakers('Theo HLV Ten Hag, Martinez đang gặp khó khăn cả về tinh thần lẫn thể chất.')).toEqual([
      { name: 'Ten Hag', key: 'ten hag', title: 'HLV', org: null, kind: 'person' },
    ]);
  });
});
