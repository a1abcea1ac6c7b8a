import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { outletLeadSpan } from '../../../src/extractors/vi/statements/outlet-leads.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * An outlet clause opening the sentence before a person who speaks, and a village read as a name after a head's
 * title (invented sentences): the person speaks, never the outlet nor the village.
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi outlet clause before a person', () => {
  it('"Theo thông tin từ báo …" then a person with a description', () => {
    const [s] = speakers(
      'Theo thông tin từ báo Nông Thôn, sáng 3/5, ông Phạm Văn Lộc, Giám đốc Công ty Thủy lợi Sông Mã, cho biết các hồ chứa đã đầy nước.',
    );
    expect(s).toMatchObject({ kind: 'person', key: 'pham van loc' });
  });

  it('"Theo tờ …" then an honorific and a name', () => {
    const [s] = speakers('Theo tờ Nhân Dân, bà Vừ Thị Sáu cho biết hợp tác xã sẽ mở thêm lớp dạy nghề.');
    expect(s).toMatchObject({ kind: 'person', key: 'vu thi sau' });
  });

  it('no person after the outlet: the clause is left to the engine', () => {
    expect(outletLeadSpan('Theo tờ Thể Thao, giá cầu thủ tăng mạnh trong mùa hè này.')).toBeNull();
    expect(outletLeadSpan('Theo báo cáo của Sở Y tế, ông Lê Văn Hải đã khỏi bệnh.')).toBeNull();
  });
});

describe('vi highland family names and a village after a head title', () => {
  it('a Hmong name, an age, then the village head title', () => {
    const [s] = speakers('Chị Thào Thị Mai (40 tuổi), Trưởng thôn Lũng Cú, cho biết bà con đã về nhà an toàn.');
    expect(s).toMatchObject({ kind: 'person', key: 'thao thi mai' });
  });

  it('the outlet clause, a time, then the same shape', () => {
    const [s] = speakers(
      'Theo thông tin từ Tiền Phong, tối 4/8, anh Sùng A Dế (29 tuổi), Trưởng bản Pả Vi, xã Mèo Vạc cho biết: “Nước đã rút hết”.',
    );
    expect(s).toMatchObject({ kind: 'person', key: 'sung a de' });
  });

  it('"Ma Cao" is a place, not a person', () => {
    const found = speakers('Giới chức Ma Cao cho biết các sòng bạc sẽ mở cửa lại.');
    expect(found.some((s) => s.key === 'ma cao')).toBe(false);
  });
});
