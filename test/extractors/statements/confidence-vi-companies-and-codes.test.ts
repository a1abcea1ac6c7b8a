import { describe, expect, it } from 'vitest';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * The Vietnamese confidence layer, on invented sentences: a capitalised run ending in a company word ("Airlines",
 * "Electronics", "Group") names a company, never a person; a title before it speaks for the company, unnamed. A
 * patient's code after the title ("Bệnh nhân 91") belongs to the title, not to a body.
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

describe('vi confidence: a patient code after the title', () => {
  it('is part of the title, not a body', () => {
    expect(speakers('Bệnh nhân 91 cho biết anh đã cảm thấy khỏe hơn nhiều sau khi ra viện.')).toEqual([
      { name: null, key: null, title: 'Bệnh nhân 91', org: null, kind: 'person' },
    ]);
  });

  it('lower-case words after the code are no body', () => {
    expect(speakers('Nữ bệnh nhân 122 vui mừng, bày tỏ sự biết ơn với các y bác sĩ.')).toMatchObject([
      { name: null, title: 'Bệnh nhân 122', org: null },
    ]);
  });
});
