import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * "khai" (to tell the police, to testify) reports what a person stated, where no other verb gives the sentence a
 * statement; "khai trương", "khai thác", "công khai", "triển khai" say nothing, and a title holding "khai thác"
 * keeps its speaker (invented sentences).
 */

function statements(text: string): Array<{ speaker: Speaker; quote: string }> {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [{ speaker: f.speaker, quote: f.quote }] : []));
}

describe('vi khai', () => {
  it('a title before the verb', () => {
    const [s] = statements('Tại trụ sở công an, tài xế khai đã nhận 2 triệu đồng để chở số gỗ này về Quảng Ngãi.');
    expect(s?.speaker).toMatchObject({ kind: 'person', title: 'Tài xế' });
    expect(s?.quote).toContain('đã nhận 2 triệu đồng');
  });

  it('a given name after an honorific', () => {
    const [s] = statements('Chị Mai khai do mâu thuẫn tiền bạc nên đã đập vỡ cửa kính nhà hàng xóm.');
    expect(s?.speaker).toMatchObject({ kind: 'person', name: 'Mai' });
  });

  it('a full name before a colon and a quote', () => {
    const [s] = statements('Khi được hỏi, Đặng Văn Phước khai: “Tôi chỉ mượn xe của bạn để đi chợ”.');
    expect(s?.speaker).toMatchObject({ kind: 'person', key: 'dang van phuoc' });
  });

  it('"khai" inside another word is no speech', () => {
    expect(statements('Bà Trịnh Thu Hà khai trương cửa hàng hoa tươi ở quận 5 vào tuần trước.')).toEqual([]);
    expect(statements('Ông Lò Văn Sáng khai thác cát trái phép trên sông Đà suốt hai năm.')).toEqual([]);
    expect(statements('Ông Lò Văn Sáng công khai chuyện riêng của gia đình trên mạng xã hội.')).toEqual([]);
    expect(statements('Ông Lò Văn Sáng triển khai kế hoạch trồng rừng ở xã vùng cao.')).toEqual([]);
  });

  it('a title holding "khai thác" keeps the speaker of the other verb', () => {
    const got = statements('Ông Hà Minh Quân, Trưởng phòng khai thác của hãng tàu cho biết, tàu sẽ cập cảng vào sáng mai.');
    expect(got).toHaveLength(1);
    expect(got[0]?.speaker).toMatchObject({ kind: 'person', key: 'ha minh quan' });
  });

  it('a clause running on to a second reporting verb is left out', () => {
    expect(statements('Lê Hoàng Phát khai chưa từng bán loại thuốc này và nói đã biết lỗi, xin được khoan hồng.')).toEqual([]);
  });
});
