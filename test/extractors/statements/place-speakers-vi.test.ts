import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A place the sentence gives for the speaker is no speaker: "chính quyền huyện Tân Kỳ, Nghệ An cho biết" (the
 * province after its district), "Trường THPT Trần Văn Ơn (TX. Đông Hòa, Phú Yên), cho biết" (the town read as a person) (the name after an
 * administrative unit). The statement is left out rather than given to the place (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi place read as the speaker', () => {
  it('a province after a district and a comma is not the body speaking', () => {
    expect(
      speakers('Ngày 12/5, chính quyền huyện Tân Kỳ, Nghệ An cho biết, một trận lốc xoáy đã làm tốc mái 20 ngôi nhà.'),
    ).toEqual([]);
  });

  it('"TP Đà Nẵng" after a commune and a district is not the body speaking', () => {
    expect(
      speakers('Một cán bộ ở xã Hòa Bắc, huyện Hòa Vang, TP Đà Nẵng thông tin: Nước lũ đã rút khỏi các thôn vùng thấp.'),
    ).toEqual([]);
  });

  it('a name right after "TX." is the town, not a person', () => {
    expect(
      speakers('Thí sinh Lê Minh Tâm, Trường THPT Trần Văn Ơn (TX. Đông Hòa, Phú Yên), cho biết: “Đề thi năm nay khá dễ.”'),
    ).toEqual([]);
  });

  it('a body with its province keeps the statement', () => {
    const [s] = speakers('UBND huyện Tân Kỳ, Nghệ An cho biết, một trận lốc xoáy đã làm tốc mái 20 ngôi nhà.');
    expect(s).toMatchObject({ kind: 'organisation', org: 'UBND huyện Tân Kỳ' });
  });

  it('a person with a town in brackets keeps the statement', () => {
    const [s] = speakers('Học sinh Phạm Minh Khoa (TX. Sơn Tây, Hà Nội) cho biết: “Đề thi năm nay khá dễ.”');
    expect(s).toMatchObject({ kind: 'person', key: 'pham minh khoa' });
  });

  it('a name after a title and a unit is the person', () => {
    const [s] = speakers('Tối 8/4, Chủ tịch TP Trần Quốc Hùng cho biết người dân cần giữ bình tĩnh.');
    expect(s).toMatchObject({ kind: 'person', key: 'tran quoc hung' });
  });

  it('a person from a province keeps the statement', () => {
    const [s] = speakers('Ông Nguyễn Văn Hùng, Hà Nội cho biết, giá rau đã tăng gấp đôi sau bão.');
    expect(s).toMatchObject({ kind: 'person', key: 'nguyen van hung' });
  });
});
