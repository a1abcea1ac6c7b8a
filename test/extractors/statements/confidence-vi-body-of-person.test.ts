import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * The Vietnamese confidence layer, on invented sentences: a body at the end of a person's appositive chain is
 * where the person works. The person speaks when the name is plain; otherwise the statement is left out, never
 * given to the body.
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi confidence: the body of a person in an appositive chain', () => {
  it('a title and a Vietnamese name before the chain: the person speaks, the body is theirs', () => {
    const [s] = speakers(
      'Chuyên gia Trần Minh Khoa, CEO khoa Kinh tế - Luật, Trường đại học Lê Quý Đôn cho biết, giá thép sẽ còn tăng trong quý tới.',
    );
    expect(s).toMatchObject({ kind: 'person', key: 'tran minh khoa' });
  });

  it('an honorific vouches for a name without a known family name', () => {
    const [s] = speakers(
      'Ông Kim Jae-won, CEO bộ phận Tư vấn - Pháp lý, Công ty Luật Hòa Bình cho biết, hợp đồng đã được ký từ tháng 5.',
    );
    expect(s).toMatchObject({ kind: 'person', name: 'Kim Jae-won' });
  });

  it('a name that is not plain: the statement is left out, not given to the body', () => {
    const out = speakers(
      'Chiến sĩ trẻ Y Bhiao Niê, dân tộc Ê Đê, Phòng Cảnh sát giao thông, Công an tỉnh Gia Lai hào hứng chia sẻ: “Em rất vui khi được tham gia chương trình.”',
    );
    expect(out.filter((s) => s.kind === 'organisation')).toEqual([]);
    expect(out.filter((s) => s.name === null)).toEqual([]);
  });

  it('a body speaking for itself, or after a person who is only the topic, still speaks', () => {
    const [own] = speakers('Công an tỉnh Gia Lai cho biết, đã bắt giữ nghi phạm vào chiều qua.');
    expect(own).toMatchObject({ kind: 'organisation' });
    const [topic] = speakers('Về trường hợp bà Lê Thị Mai, Bệnh viện Đa khoa tỉnh cho biết, bệnh nhân đã qua cơn nguy kịch.');
    expect(topic).toMatchObject({ kind: 'organisation', org: 'Bệnh viện Đa khoa tỉnh' });
  });
});
