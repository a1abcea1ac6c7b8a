import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A title, a state body and a foreign name ("Bộ trưởng Bộ Quốc phòng Lloyd Austin"), or a title and initials
 * ("tài xế L.V.K. (SN 1985, …)"): the name is the speaker's, not part of the body (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi name read into the body after a title', () => {
  it('a foreign name after an army', () => {
    const [s] = speakers(
      'Trong khi một nhân viên phủ nhận cáo buộc, Tổng Tư lệnh Quân đội Marek Novak nhấn mạnh "những lo ngại lớn" vẫn còn.',
    );
    expect(s).toMatchObject({ name: 'Marek Novak', key: 'marek novak', org: 'Quân đội', kind: 'person' });
  });

  it('a foreign name after a ministry', () => {
    const [s] = speakers('Bộ trưởng Bộ Quốc phòng Tomas Berg cho biết: "Chúng tôi sẵn sàng đối thoại".');
    expect(s).toMatchObject({ name: 'Tomas Berg', key: 'tomas berg', org: 'Bộ Quốc phòng', kind: 'person' });
  });

  it('a foreign name after a ministry and its country (read without the rule too)', () => {
    const [s] = speakers('Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova cho biết: "Chúng tôi sẵn sàng đối thoại".');
    expect(s).toMatchObject({ name: 'Maria Zakharova', org: 'Bộ Ngoại giao Nga', kind: 'person' });
  });

  it('initials after a title', () => {
    const [s] = speakers('"Tôi không uống rượu", tài xế L.V.K. (SN 1985, quê Nghệ An) chia sẻ.');
    expect(s).toMatchObject({ name: 'L.V.K.', title: 'Tài xế', org: null, kind: 'person' });
  });

  it('an English company name is not a person', () => {
    const [s] = speakers('Giám đốc Công ty Samsung Electronics cho biết: "Chúng tôi sẵn sàng mở rộng nhà máy".');
    expect(s?.name ?? null).toBeNull();
  });

  it('a place after a state body is not a person', () => {
    const [s] = speakers('Người phát ngôn Quốc hội New Zealand cho biết: "Dự luật sẽ được thảo luận vào tuần tới".');
    expect(s?.name ?? null).toBeNull();
  });
});
