import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { descriptionSpan } from '../../../src/extractors/vi/statements/appositive-descriptions.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A full name, then a description after a comma or a dash that no comma closes, then the verb (invented sentences):
 * the person named speaks; a description or a content holding another person is left to the engine.
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi unclosed description after a name', () => {
  it('an abbreviated title the vocabulary does not know', () => {
    const [s] = speakers('Ông Trần Văn Bình, PGĐ Sở NN-PTNT tỉnh cho biết, năm nay giá lúa tăng mạnh.');
    expect(s).toMatchObject({ kind: 'person', key: 'tran van binh' });
  });

  it('a lower-case description of a member of a group', () => {
    const [s] = speakers('Chị Lê Thị Hạnh, thành viên sáng lập nhóm thiện nguyện Mầm Xanh cho rằng trẻ em vùng cao cần thêm sách.');
    expect(s).toMatchObject({ kind: 'person', key: 'le thi hanh' });
  });

  it('after a leading time clause and a rank', () => {
    const [s] = speakers('Sáng 3/4, Thiếu tá Phạm Văn Long, đội phó đội tuần tra số 2, khu vực cửa biển cho biết: tàu đã cập bến an toàn.');
    expect(s).toMatchObject({ kind: 'person', key: 'pham van long' });
  });

  it('a description naming another person is left alone', () => {
    expect(descriptionSpan('Bà Nguyễn Thị Hoa, vợ ông Bình cho biết, năm nay là năm bản lề.')).toBeNull();
  });

  it('a content naming another person is left alone', () => {
    expect(
      descriptionSpan('Ông Trần Văn An, tổ phó tổ dân phố cho biết, sáng nay anh Lê Văn Tú đã báo tin cho phường.'),
    ).toBeNull();
  });

  it('a leading clause with its own speech verb is left alone', () => {
    expect(
      descriptionSpan('Sau khi ông Lê Văn Bình phát biểu, ông Trần Văn An, chuyên viên phòng kế hoạch cho biết, năm nay tốt.'),
    ).toBeNull();
  });
});

describe('vi description between a name and the verb after a quote', () => {
  it('a full name, an age and a description', () => {
    const [s] = speakers('“Nước lên nhanh quá, cả nhà không kịp chạy”, anh Nguyễn Văn Tâm (34 tuổi), sống gần bờ sông nói.');
    expect(s).toMatchObject({ kind: 'person', key: 'nguyen van tam' });
  });

  it('a given name after an honorific and a description after a comma', () => {
    const [s] = speakers('“Hàng về ít nên giá cá tăng mạnh”, chị Hồng, chủ một sạp cá lâu năm trong chợ cho biết.');
    expect(s).toMatchObject({ kind: 'person', name: 'Hồng' });
  });

  it('a title and a capitalised word are no given name', () => {
    expect(descriptionSpan('“Đây là niềm vui lớn”, Chủ tịch Quốc hội xúc động cho biết.')).toBeNull();
    expect(descriptionSpan('“Đây là niềm vui lớn”, Bí thư Thành ủy TPHCM xúc động cho biết.')).toBeNull();
  });
});


describe('vi "theo" a person and a description between dashes', () => {
  it('a description closed by a second dash', () => {
    const [s] = speakers('Theo ông Lê Quang Vinh - Giám đốc Ban quản lý chợ đầu mối - sức mua năm nay tăng gấp đôi.');
    expect(s).toMatchObject({ kind: 'person', key: 'le quang vinh' });
  });

  it('a description closed by the comma before what is said', () => {
    const [s] = speakers('Theo BS Trần Thị Hoa - Khoa Hồi sức, mỗi tuần khoa tiếp nhận hơn chục ca nặng.');
    expect(s).toMatchObject({ kind: 'person', key: 'tran thi hoa' });
  });

  it('a description naming another person is left alone', () => {
    expect(descriptionSpan('Theo ông Lê Quang Vinh - trợ lý của ông Bình - sức mua năm nay tăng gấp đôi.')).toBeNull();
  });
});
