import { describe, expect, it } from 'vitest';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * The Vietnamese confidence layer, on invented sentences: a capitalised run ending in a company word ("Airlines",
 * "Electronics", "Group") names a company, never a person; a title before it speaks for the company, unnamed.
 */

function speakers(text: string) {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi confidence: a company read as a name', () => {
  it('a title before an airline is its unnamed representative', () => {
    expect(speakers('Lãnh đạo Vietnam Airlines khẳng định hãng sẽ mở lại đường bay quốc tế.')).toEqual([
      { name: null, key: null, title: 'Lãnh đạo', org: 'Vietnam Airlines', kind: 'person' },
    ]);
  });

  it('the same for an electronics company', () => {
    expect(speakers('Đại diện Samsung Electronics cho biết nhà máy vẫn hoạt động bình thường.')).toMatchObject([
      { name: null, org: 'Samsung Electronics' },
    ]);
  });

  it('a foreign person after a title keeps the name', () => {
    expect(speakers('HLV Michael Weiss cho biết đội sẽ thi đấu tốt hơn ở trận sau.')).toMatchObject([
      { name: 'Michael Weiss', title: 'HLV' },
    ]);
  });
});
