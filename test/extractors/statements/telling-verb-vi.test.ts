import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * "kể" (to tell, recount) reports what a person said, after a quote or before it; "kể từ" (since), "kể cả"
 * (including) and "kể câu chuyện" (a story as its object) say nothing (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi kể', () => {
  it('after a quote, a given name after an honorific', () => {
    const [s] = speakers('“Nước lên nhanh quá, cả nhà chỉ kịp bế con chạy lên đồi”, chị Loan kể.');
    expect(s).toMatchObject({ kind: 'person', name: 'Loan' });
  });

  it('after a quote, a full name with a manner word before the verb', () => {
    const [s] = speakers('“Tôi nghe tiếng nổ rồi thấy khói bốc lên từ kho hàng”, ông Trịnh Văn Cường xúc động kể.');
    expect(s).toMatchObject({ kind: 'person', key: 'trinh van cuong' });
  });

  it('before a colon and a quote', () => {
    const [s] = speakers('Bà Đinh Thị Mận kể: “Hôm đó trời mưa to, con đò chở chúng tôi bị lật giữa dòng”.');
    expect(s).toMatchObject({ kind: 'person', key: 'dinh thi man' });
  });

  it('"kể từ" and "kể cả" are no speech', () => {
    expect(speakers('Nguyễn Quang Vinh, kể từ khi chuyển sang đội bóng mới, luôn ghi bàn đều đặn.')).toEqual([]);
    expect(speakers('Hoàng Thu Trang kể cả những ngày nghỉ cũng đến thư viện đọc sách.')).toEqual([]);
  });

  it('a story as the object is no statement', () => {
    expect(speakers('Nhà thơ Lê Minh Khuê kể câu chuyện chú mèo đi lạc tìm đường về nhà trong tập thơ mới.')).toEqual([]);
  });
});
