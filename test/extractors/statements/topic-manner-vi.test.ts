import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * "thông tin nhanh về …", "thông tin rất nhanh và kịp thời về …": a manner word between the speech verb and "về"
 * leaves a clause that only names the topic, as "về" right after the verb does (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi speech verb + manner word + "về"', () => {
  it('"thông tin nhanh về …" is no statement', () => {
    expect(
      speakers('Sáng 20.5, Trung tâm Y tế quận Đống Đa thông tin nhanh về 3 ca sốt xuất huyết mới ghi nhận tại phường Láng Hạ.'),
    ).toEqual([]);
  });

  it('"thông tin rất nhanh và kịp thời về …" is no statement', () => {
    expect(
      speakers('Sở Y tế Cần Thơ đã thông tin rất nhanh và kịp thời về đợt tiêm chủng mới cho người dân trên địa bàn thành phố.'),
    ).toEqual([]);
  });

  it('"cho biết chi tiết về …" is no statement', () => {
    expect(
      speakers('Chiều 3/4, ông Trần Văn Bình, Chủ tịch UBND xã Hòa Phú cho biết chi tiết về kế hoạch di dời các hộ dân vùng sạt lở.'),
    ).toEqual([]);
  });

  it('"nhanh" that is not before "về" keeps the statement', () => {
    const [s] = speakers('Ông Trần Văn Bình, Chủ tịch UBND xã Hòa Phú cho biết, nhanh nhất về đích là đội thuyền của thôn Đông.');
    expect(s).toMatchObject({ kind: 'person', key: 'tran van binh' });
  });
});
