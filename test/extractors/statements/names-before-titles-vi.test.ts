import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A name after an honorific, then the title with no comma ("Ông Trần Quang Vinh Phó giám đốc …") or after dashes
 * ("bà Lý Thu Hà - Giám đốc … - Phó trưởng Ban …"): the title read is that person's, and the name is kept
 * (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi name written before the title', () => {
  it('a title right after the name, with no comma', () => {
    const [s] = speakers('Ông Trần Quang Vinh Phó giám đốc Trung tâm Dự báo khí tượng tỉnh lưu ý: "Mưa lớn sẽ kéo dài ba ngày."');
    expect(s).toMatchObject({ name: 'Trần Quang Vinh', key: 'tran quang vinh', kind: 'person' });
  });

  it('two titles joined by dashes', () => {
    const [s] = speakers(
      'Thông tin từ bà Lý Thu Hà - Giám đốc Sở Công Thương - Phó trưởng Ban chỉ đạo chống buôn lậu tỉnh Lào Cai cho biết: Lực lượng chức năng đã thu giữ 3 tấn hàng.',
    );
    expect(s).toMatchObject({ name: 'Lý Thu Hà', kind: 'person' });
  });

  it('a dash, a first title and a comma: the name is kept (read without the rule too)', () => {
    const [s] = speakers(
      'Tại buổi lễ, ông Đinh Công Lực - Bí thư Đảng ủy, Giám đốc Công ty Cấp nước Hòa Bình nhấn mạnh: “Chúng tôi sẽ bảo đảm nước sạch cho mọi nhà.”',
    );
    expect(s).toMatchObject({ name: 'Đinh Công Lực', kind: 'person' });
  });

  it('a person named with "và" before the title is not the title holder', () => {
    const [s] = speakers('Bà Lê Thị Hoa và Giám đốc Sở Y tế cho biết: số ca mắc đã giảm mạnh.');
    expect(s?.name ?? null).toBeNull();
  });

  it('a person met before a comma is not the title holder', () => {
    const out = speakers('Sau khi làm việc với ông Trần Văn Nam, Giám đốc Sở Y tế cho biết: số ca mắc đã giảm mạnh.');
    expect(out.every((s) => s.name !== 'Trần Văn Nam')).toBe(true);
  });
});
