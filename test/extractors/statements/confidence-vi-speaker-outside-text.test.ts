import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * The Vietnamese confidence layer, on invented sentences: a pronoun or plural subject with no person named
 * anywhere before points outside the text; a statement with no name, title or body is left out. With people named
 * before, an unresolved pronoun keeps its nameless statement (no one rather than the wrong one).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi confidence: a speaker outside the text', () => {
  it('a pronoun subject with no one named before: no statement', () => {
    expect(speakers('Trong buổi họp báo, bà cho biết thành phố sẽ mở thêm hai điểm tiêm chủng.')).toEqual([]);
  });

  it('a quote, then a pronoun, with no one named before: no statement', () => {
    expect(speakers('“Chúng tôi sẽ làm việc suốt đêm để truy vết các ca F1”, ông nói.')).toEqual([]);
  });

  it('a plural "những người này" with no one named before: no statement', () => {
    expect(speakers('Khi được hỏi, những người này cho biết số khẩu trang được nhập từ nước ngoài.')).toEqual([]);
  });

  it('two people named before: no statement (a pronoun with no one person to point to names no one)', () => {
    expect(speakers('Ông Nguyễn Văn An đã gặp ông Lê Văn Bình sáng nay. Ông cho biết hai bên thống nhất lịch tiêm.')).toEqual([]);
  });

  it('a named speaker is kept', () => {
    expect(speakers('Bà Trần Thị Hoa cho biết thành phố sẽ mở thêm hai điểm tiêm chủng.')).toMatchObject([
      { key: 'tran thi hoa' },
    ]);
  });
});
