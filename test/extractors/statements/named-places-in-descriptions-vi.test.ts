import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { descriptionSpan } from '../../../src/extractors/vi/statements/appositive-descriptions.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A description after a name that holds a place or a school carrying a family name ("xã Hồ Sơn", "trường THCS Lê
 * Lợi", "TP Hồ Chí Minh"): that family name starts no second person, so the person named speaks (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi description holding a place named with a family name', () => {
  it('a commune whose name starts with a family name', () => {
    const [s] = speakers('Chiều 4/6, ông Trần Văn Khải, Chủ tịch UBND xã Hồ Sơn, huyện Tam Đảo xác nhận, trên địa bàn vừa có mưa đá.');
    expect(s).toMatchObject({ kind: 'person', key: 'tran van khai' });
  });

  it('a hamlet, a commune and a district whose names start with family names', () => {
    const [s] = speakers('Chị Vũ Thị Mai, ở thôn 4, xã Đức Thịnh, huyện Vũ Quang cho biết: Nhiều hộ dân đã phải bỏ ruộng.');
    expect(s).toMatchObject({ kind: 'person', key: 'vu thi mai' });
  });

  it('a school named after a person is read as part of the description', () => {
    const text = 'Sáng 2/3, ông Phạm Minh Đức - Hiệu trưởng trường THCS Lê Lợi xác nhận nhà trường đã mời phụ huynh.';
    const span = descriptionSpan(text);
    expect(span && text.slice(span[0], span[1]).trim()).toBe('- Hiệu trưởng trường THCS Lê Lợi');
  });

  it('a city from the place list is read as part of the description', () => {
    const text = 'Bà Lý Thị Thu, tiểu thương chợ Bến Thành, TP Hồ Chí Minh cho biết, giá rau đã tăng gấp đôi.';
    const span = descriptionSpan(text);
    expect(span && text.slice(span[0], span[1]).trim()).toBe(', tiểu thương chợ Bến Thành, TP Hồ Chí Minh');
  });

  it('an honorific and a name inside the description still stop the rule', () => {
    expect(descriptionSpan('Ông Lê Văn Nam, hàng xóm của ông Trần Văn Ba ở xã Hồ Sơn cho biết, đêm qua mất điện.')).toBeNull();
  });

  it('a family name after no place word still stops the rule', () => {
    expect(descriptionSpan('Ông Lê Văn Nam, cùng Nguyễn Văn Ba ở xã Hồ Sơn cho biết, đêm qua mất điện.')).toBeNull();
  });
});
