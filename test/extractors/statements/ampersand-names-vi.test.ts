import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { withAmpersandVariants } from '../../../src/extractors/vi/statements/ampersand-variants.js';
import { docFromText } from '../../support/doc-from-text.js';

/* A ministry written with "&" for its inner "và" (invented sentences): the person after it is the speaker. */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi names of bodies written with "&"', () => {
  it('adds the "&" spelling of an entry with an inner "và" and nothing else', () => {
    expect(withAmpersandVariants(['Thông tin và Truyền thông', 'Chính phủ', 'và'])).toEqual([
      'Thông tin và Truyền thông',
      'Thông tin & Truyền thông',
      'Chính phủ',
      'và',
    ]);
  });

  it('a minister of "Thông tin & Truyền thông" is named, not glued to the body', () => {
    const [s] = speakers('Tại hội nghị, Bộ trưởng Thông tin & Truyền thông Trần Mạnh Hải cho rằng, năm nay là năm bản lề.');
    expect(s).toMatchObject({ kind: 'person', key: 'tran manh hai', org: 'Thông tin & Truyền thông' });
  });

  it('the same with "Bộ" before the portfolio', () => {
    const [s] = speakers('Thứ trưởng Bộ Thông tin & Truyền thông Nguyễn Văn Hải cho biết, mạng 5G sẽ phủ sóng cả nước.');
    expect(s).toMatchObject({ kind: 'person', key: 'nguyen van hai' });
  });
});
