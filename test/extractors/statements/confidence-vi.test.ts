import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * The Vietnamese confidence layer, on invented sentences: a name the engine read into a body or left
 * in an appositive is given back; an activity that names a body is no verb of it.
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi confidence: an activity that names a body', () => {
  it('"Trung tâm thông tin …" and "Hội đồng đánh giá …" are names, not a body speaking', () => {
    expect(speakers('Trung tâm thông tin Chỉ huy Công an tỉnh đã điều động 3 xe chữa cháy đến hiện trường.')).toEqual([]);
    expect(speakers('Hội đồng đánh giá sản phẩm cấp huyện tổ chức hai đợt chấm điểm cho 12 sản phẩm.')).toEqual([]);
  });

  it('a body named in full still speaks through the same verb', () => {
    expect(speakers('Sở Y tế Hà Nội thông tin thêm 20 ca mắc sốt xuất huyết trong tuần qua.')).toHaveLength(1);
  });
});

describe('vi confidence: a name read into the body', () => {
  it('the name after a short form in parentheses', () => {
    const [s] = speakers('Tổng giám đốc Quỹ Tiền tệ Quốc tế (IMF) Kristalina Georgieva cho biết tăng trưởng toàn cầu sẽ chậm lại.');
    expect(s).toMatchObject({ key: 'kristalina georgieva', org: 'Quỹ Tiền tệ Quốc tế (IMF)' });
  });

  it('the name before "của" and its body', () => {
    const [s] = speakers('Người phát ngôn A.Karimi của Bộ Ngoại giao Iran cho biết nước này sẽ đáp trả.');
    expect(s).toMatchObject({ name: 'A.Karimi', org: 'Bộ Ngoại giao Iran' });
  });
});

describe('vi confidence: a name before its appositive', () => {
  it('an honorific, a name, a chain of titles, then the verb', () => {
    const [s] = speakers(
      'Bà Lê Thị Thu Hà, Phó chủ tịch kiêm Tổng thư ký Hiệp hội Vận tải - Kho vận VN, cho biết đơn hàng giảm 20%.',
    );
    expect(s).toMatchObject({ key: 'le thi thu ha' });
  });

  it('a name after a preposition is an object, not the speaker', () => {
    const got = speakers('Bào chữa cho cựu Giám đốc Trần Văn Minh, luật sư cho rằng thân chủ không có lỗi.');
    expect(got.every((s) => s.key !== 'tran van minh')).toBe(true);
  });
});
