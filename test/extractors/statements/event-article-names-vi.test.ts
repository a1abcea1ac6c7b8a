import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A speech word right after an event a body holds ("tổ chức hội nghị thông báo …") or an article it posts ("đăng tải
 * bài viết Cải chính thông tin …") names the event or the article: nobody speaks. A person speaking after such an
 * event, and a document that speaks for its body, are left to the engine (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi events and articles named by a speech word', () => {
  it('a conference that announces is no statement', () => {
    expect(speakers('Sáng 12/3, Viện Dân tộc học tổ chức hội nghị thông báo "Kết quả điều tra các làng nghề ven biển năm 2018".')).toEqual([]);
    expect(speakers('Hôm qua, Hội Nông dân tỉnh tổ chức hội thảo thông tin về giống lúa chịu mặn cho bà con vùng ven biển.')).toEqual([]);
  });

  it('an article whose title holds the speech word is no statement', () => {
    expect(
      speakers('Trên trang tin điện tử của Sở, Sở Công Thương đăng tải bài viết Cải chính thông tin “Giá điện sinh hoạt sẽ tăng gấp đôi từ tháng sau”.'),
    ).toEqual([]);
  });

  it('a person who speaks after the event is kept', () => {
    const [s] = speakers('Viện Dân tộc học tổ chức hội thảo, TS Lương Văn Quý cho biết nghề dệt đang mai một nhanh.');
    expect(s).toMatchObject({ kind: 'person', key: 'luong van quy' });
  });

  it('a body that announces without an event is kept', () => {
    const [s] = speakers('Sở Công Thương thông báo giá xăng sẽ giảm 500 đồng mỗi lít từ 15 giờ chiều nay.');
    expect(s).toMatchObject({ kind: 'organisation', org: 'Sở Công Thương' });
  });
});
