import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * Vietnamese attribution shapes seen in real news (issue 19), on invented sentences: the speaker of every
 * statement found, in order; an empty list means no statement (a miss is better than the wrong person).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

function expectSpeakers(text: string, want: Array<Partial<Speaker>>): void {
  const got = speakers(text);
  expect(got).toHaveLength(want.length);
  want.forEach((w, i) => expect(got[i]).toMatchObject(w));
}

describe('vi: a description of the speaker runs to the verb', () => {
  it('a title, its unit, a place in parentheses', () => {
    expectSpeakers(
      'Thượng tá Trần Văn Nam - Trưởng công an huyện Krông Pắc (Đắk Lắk) cho biết đã bắt giữ hai nghi phạm.',
      [
      { key: 'tran van nam' },
    ]);
    expectSpeakers('Lãnh đạo phòng cảnh sát PCCC số 5 cho hay đã huy động 4 xe chữa cháy.', [
      { name: null, key: null, title: 'Lãnh đạo' },
    ]);
  });

  it('a title ending in a chain of places', () => {
    expectSpeakers(
      'Ông Đỗ Văn Tâm, Chủ tịch UBND xã Tân Lập, huyện Đan Phượng, Hà Nội cho biết xã đã sơ tán 30 hộ dân.',
      [
      { key: 'do van tam', title: 'Chủ tịch' },
    ]);
  });

  it('a description with no title, closed by a comma, after anh/chị', () => {
    expectSpeakers('Chị Nguyễn Thị Lan, chủ một quầy hàng ở chợ Bến Thành, cho hay giá rau đã tăng gấp đôi.', [
      { key: 'nguyen thi lan' },
    ]);
  });

  it('a foreign name before its title, and a foreign name at the end of a long title', () => {
    expectSpeakers('Maria Schmidt, giáo sư kinh tế tại Đại học Berlin, cho biết lạm phát sẽ giảm trong năm tới.', [
      { key: 'maria schmidt' },
    ]);
    expectSpeakers(
      'Người đứng đầu lực lượng gìn giữ hòa bình tại Lebanon Jean Moreau ngày 3.5 cho biết tình hình đã ổn định.',
      [
      { key: 'jean moreau' },
    ]);
  });
});

describe('vi: other attributions', () => {
  it('"Cũng theo X, …" and "Theo X thì …"', () => {
    expectSpeakers('Cũng theo ông Hùng, với lượng mưa lớn như vậy, nhiều tuyến đường sẽ ngập sâu.', [{ name: 'Hùng' }]);
    expectSpeakers('Theo bà Mai thì trường đã báo cáo sự việc lên phòng giáo dục.', [{ name: 'Mai' }]);
  });

  it('a quote followed by its attribution in lower case', () => {
    expectSpeakers('“Năm nay mùa màng thất bát quá” anh Tư nói.', [{ name: 'Tư' }]);
  });

  it('a second verb of the sentence subject, joined by "nhưng"', () => {
    expectSpeakers('HLV Park Hang-seo không hài lòng với trận hòa, nhưng cho rằng đội đã chơi đúng chiến thuật.', [
      { name: 'Park Hang-seo' },
    ]);
  });

  it('a company named like a person speaks as an organisation', () => {
    expectSpeakers('Công ty Phương Nam cho biết sẽ bồi thường cho khách hàng trong tháng này.', [
      { name: null, kind: 'organisation' },
    ]);
  });
});

describe('vi: ông and bà go to the nearest person of their gender', () => {
  it('"bà" skips the man named after the woman, "ông" the woman', () => {
    const text =
      'Bà Nguyễn Thị Hoa đã làm việc với ông Trần Văn Nam về kế hoạch tiêm chủng. ' +
      'Theo bà, tỉnh sẽ tiêm xong trong tháng này.';
    expectSpeakers(text, [{ key: 'nguyen thi hoa' }]);
    expectSpeakers('Ông Trần Văn Nam đã gặp bà Nguyễn Thị Hoa sáng nay. Ông cho biết hai bên thống nhất lịch tiêm.', [
      { key: 'tran van nam' },
    ]);
  });

  it('two people of the same gender in that sentence: no name', () => {
    expectSpeakers('Ông Trần Văn Nam đã gặp ông Lê Văn Hùng sáng nay. Ông cho biết hai bên thống nhất lịch tiêm.', [
      { name: null, key: null },
    ]);
  });
});

describe('vi: no statement rather than the wrong speaker', () => {
  it('the person after a preposition is not the subject: the verb goes to the sentence subject', () => {
    expectSpeakers(
      'Bộ trưởng Tư pháp Pháp Jean Dupont, một đồng minh của Tổng thống Emmanuel Macron, vừa tuyên bố sẽ từ chức.',
      [
      { key: 'jean dupont' },
    ]);
  });

  it('a speech word that reports nothing', () => {
    expectSpeakers('Ông Tám, 70 tuổi, bị tai biến mạch máu não, nay nói ngọng, liệt nửa người.', []);
    expectSpeakers('Ông Trần Văn Hải bị cáo buộc nhận hối lộ 2 tỉ đồng trong dự án.', []);
    expectSpeakers('Nguyễn Văn An và Trần Quốc Bảo đang chia sẻ vị trí dẫn đầu giải đấu.', []);
  });
});
