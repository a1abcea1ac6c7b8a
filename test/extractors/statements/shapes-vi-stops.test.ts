import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * Where the Vietnamese grammar must stop (no name, or no statement, rather than the wrong speaker), and the
 * unnamed speakers it may give, on invented sentences: the speaker of every statement found, in order.
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

describe('vi: the capitals after a title', () => {
  it('close with a name, split from the body', () => {
    expectSpeakers('Tổng giám đốc Hòa Bình Capital Việt Nam Lê Văn Tuấn cho rằng thị trường sẽ hồi phục.', [
      { key: 'le van tuan', title: 'Tổng giám đốc' },
    ]);
    expectSpeakers('Phó Chủ tịch LĐBĐ Thái Lan Somchai Pattana cho rằng đội nhà cần thay đổi lối chơi.', [
      { key: 'somchai pattana' },
    ]);
  });

  it('give no statement when body and name cannot be told apart', () => {
    expectSpeakers('Tổng thống Costa Verde Roberto Mendez Alva tiết lộ chính phủ đã mua thêm trái phiếu.', []);
  });
});

describe('vi: stop conditions', () => {
  it('a second title of a named speaker keeps the name', () => {
    const text = 'Đại tá Phạm Văn Hòa - Chánh văn phòng, Người phát ngôn Bộ Công an - cho biết dân cần cảnh giác.';
    expectSpeakers(text, [{ key: 'pham van hoa' }]);
  });

  it('a source the grammar cannot read owns its sentence', () => {
    expectSpeakers('Theo Globo, trong buổi họp báo, Tổng thống trả lời tổng cộng 50 câu hỏi.', []);
    expectSpeakers('Theo kết luận của đoàn kiểm tra, Ban giám đốc bệnh viện đã chỉ đạo lập quỹ riêng.', []);
  });

  it('a body after a preposition, an address after a comma, a subordinate clause give no speaker', () => {
    expectSpeakers('Quy định mới của Ban Bí thư nhấn mạnh yêu cầu mỗi cán bộ chỉ có một hồ sơ.', []);
    expectSpeakers('Bà Lan chế giễu đối thủ sau khi Tổng thống Smith yêu cầu thu hẹp cuộc tập trận.', []);
  });

  it('a name inside the first clause is not the subject of the second verb', () => {
    const got = speakers(
      'Chủ tịch Nguyễn Văn Hùng vào phòng thay đồ. Ông đánh giá cao nỗ lực của HLV Park Minh, ' +
        'đồng thời nhấn mạnh đội không được chủ quan.',
    );
    expect(got.some((s) => s.key === 'park minh')).toBe(false);
  });
});

describe('vi: unnamed speakers', () => {
  it('groups and bodies speak without a name', () => {
    expectSpeakers('Các nhà khoa học Nga cho rằng mật ong giúp phục hồi thị lực.', [{ name: null, key: null }]);
    const experts = 'Theo các chuyên gia tiêu hóa, người bệnh nên điều chỉnh chế độ ăn uống.';
    expectSpeakers(experts, [{ name: null, key: null }]);
    expectSpeakers('Bộ này lưu ý người dân không tự ý mua thuốc về dùng.', [{ name: null, org: 'Bộ này' }]);
    expectSpeakers('Công an quận 8 nhận định, vụ án còn liên quan nhiều đối tượng khác.', [{ org: 'Công an quận 8' }]);
  });

  it('a foreign name opening with a known given name is a bare subject', () => {
    expectSpeakers('Thomas Berger cho rằng hai nước cần đối thoại sớm.', [{ key: 'thomas berger' }]);
    expectSpeakers('Gamma Holdings cho rằng hai nước cần đối thoại sớm.', []);
  });
});
