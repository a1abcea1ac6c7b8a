import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { bodyDescriptionSpan, placeChainSpan } from '../../../src/extractors/vi/statements/place-chains.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A body, then the district and province it lies in after commas, then the verb (invented sentences): the people
 * who speak for the body are the speaker.
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi a body and the places it lies in', () => {
  it('the leaders of a commune, its district and province after commas', () => {
    const [s] = speakers('Sáng 2/8, lãnh đạo UBND xã Tân Lập, huyện Đan Phượng, tỉnh Hà Nam xác nhận, một ngôi nhà đã bị sập.');
    expect(s).toMatchObject({ kind: 'person', name: null, title: 'Lãnh đạo' });
    expect(s?.org).toContain('UBND xã Tân Lập');
  });

  it('a ward police and its city glued to the unit, with the province in brackets', () => {
    const [s] = speakers('Trao đổi với phóng viên, đại diện Công an phường Tân Mai, TP.Biên Hòa (Đồng Nai) cho biết đã tạm giữ hai người.');
    expect(s).toMatchObject({ kind: 'person', name: null, title: 'Đại diện' });
    expect(s?.org).toContain('Công an phường Tân Mai');
  });

  it('a lead clause with its own speech verb is left alone', () => {
    expect(placeChainSpan('Sau khi ông Nam phát biểu, lãnh đạo UBND xã Tân Lập, huyện Đan Phượng cho biết, nước đã rút.')).toBeNull();
  });

  it('a chain that is no place (a lower-case word after the unit) is left alone', () => {
    expect(placeChainSpan('Lãnh đạo UBND xã Tân Lập, xã viên và người dân cho biết, nước đã rút.')).toBeNull();
  });
});

describe('vi a body and an unclosed description of it', () => {
  it('a company and what it runs, after a comma', () => {
    const [s] = speakers('Công ty TNHH Cấp nước Sông Lam, đơn vị quản lý nhà máy nước Hưng Vĩnh cho biết, nước sẽ có lại từ tối nay.');
    expect(s).toMatchObject({ kind: 'organisation', org: 'Công ty TNHH Cấp nước Sông Lam' });
  });

  it('an agency with its short form, then a dash and a description', () => {
    const [s] = speakers('Cơ quan Hàng không Dân dụng Quốc tế (ICAO) - tổ chức chuyên môn của khối, cho biết các chuyến bay vẫn an toàn.');
    expect(s).toMatchObject({ kind: 'organisation' });
    expect(s?.org).toContain('Cơ quan Hàng không Dân dụng Quốc tế');
  });

  it('a description that makes the speech word a noun is left alone', () => {
    expect(bodyDescriptionSpan('UBND xã Tân Lập, huyện Đan Phượng, nhận được thông tin có người mất tích.')).toBeNull();
    expect(bodyDescriptionSpan('Tạp chí Sông Hương, với nhiều năm hoạt động, đã trở thành tiếng nói của giới văn nghệ.')).toBeNull();
  });

  it('a description naming a person is left alone', () => {
    expect(bodyDescriptionSpan('Công ty cổ phần Sao Mai, nơi ông Trần Văn Bình làm việc cho biết, lương đã được trả.')).toBeNull();
  });
});
