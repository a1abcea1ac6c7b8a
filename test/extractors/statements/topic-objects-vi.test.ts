import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * "khai nhận": what a suspect told the police is a statement when it says what happened; a confession whose object
 * is the deed itself ("khai nhận hành vi phạm tội"), a report of "sự việc", a reason named and not given say nothing
 * (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi khai nhận', () => {
  it('a suspect says what was done', () => {
    const [s] = speakers('Tại cơ quan công an, Trần Văn Lực khai nhận đã lấy trộm 4 chiếc điện thoại tại chợ Đồng Xuân.');
    expect(s).toMatchObject({ kind: 'person', key: 'tran van luc' });
  });

  it('after a comma, with a given name after an honorific', () => {
    const [s] = speakers('Ông Khải khai nhận, số gỗ trên được mua lại của người dân trong bản với giá rẻ.');
    expect(s).toMatchObject({ kind: 'person', name: 'Khải' });
  });

  it('a title speaks', () => {
    const [s] = speakers('Sau khi bị bắt, tài xế khai nhận do buồn ngủ nên không làm chủ được tốc độ.');
    expect(s).toMatchObject({ kind: 'person', title: 'Tài xế' });
  });

  it('the deed as the object is no statement', () => {
    expect(speakers('Tại cơ quan điều tra, Lê Văn Hào đã khai nhận toàn bộ hành vi phạm tội của mình.')).toEqual([]);
    expect(speakers('Quá trình điều tra, đối tượng Đỗ Thị Nga khai nhận hành vi lừa đảo.')).toEqual([]);
    expect(speakers('Tại cơ quan công an, Phạm Văn Tùng khai nhận toàn bộ quá trình gây án.')).toEqual([]);
  });

  it('a report whose object is the matter itself is no statement', () => {
    expect(speakers('Công an xã Tân Hòa đã báo cáo sự việc lên Công an huyện để điều tra.')).toEqual([]);
    expect(speakers('Ông Lê Văn Quý, trưởng thôn, đã thông báo vụ việc cho chính quyền xã.')).toEqual([]);
  });

  it('a reason named and not given is no statement', () => {
    expect(speakers('Thủ môn Trần Văn Hậu tiết lộ lý do vì sao anh rời câu lạc bộ sau mùa giải.')).toEqual([]);
  });
});
