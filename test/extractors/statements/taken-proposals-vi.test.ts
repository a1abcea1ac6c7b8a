import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A proposal or a statement taken as the object of a verb that approves, rejects or denies it ("phê duyệt đề xuất
 * …", "phủ nhận tuyên bố chung …") is a noun: nobody says what follows. A denial of a fact and a person who proposes
 * are left to the engine (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi proposals taken as objects', () => {
  it('an approved proposal is no statement', () => {
    expect(speakers('Giám đốc Sở Nội vụ Trần Minh Khoa đã phê duyệt đề xuất khen thưởng cho mười hai giáo viên vùng cao.')).toEqual([]);
  });

  it('a denied joint statement is no statement', () => {
    expect(speakers('Chỉ một tuần sau, Thủ tướng Lê Quang Vinh đã phủ nhận tuyên bố chung mà hai bên vừa ký tại hội nghị.')).toEqual([]);
  });

  it('a denial of a fact is kept', () => {
    const [s] = speakers('Ông Nguyễn Văn Bình phủ nhận việc công ty nợ lương công nhân trong ba tháng qua.');
    expect(s).toMatchObject({ kind: 'person', key: 'nguyen van binh' });
  });

  it('a person who proposes is kept', () => {
    const [s] = speakers('Ông Trần Minh Khoa đề xuất tăng phụ cấp cho giáo viên vùng cao từ năm học tới.');
    expect(s).toMatchObject({ kind: 'person', key: 'tran minh khoa' });
  });
});
