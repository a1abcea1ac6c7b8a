import { describe, expect, it } from 'vitest';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * Vietnamese sources after a time adjunct, on invented sentences: "Ngày 5/6, theo X, …" reads like "Theo X, …";
 * "theo tin từ X, …" names X; "theo thông tin từ X cho biết, …" is X's own report. The statement keeps the
 * article's own words.
 */

function statements(text: string) {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f] : []));
}

describe('vi sources after a time lead', () => {
  it('"Ngày …, theo X, clause": X is the source', () => {
    const out = statements('Ngày 5/6, theo Sở Y tế tỉnh Nam Định, tỉnh đã ghi nhận 20 ca mắc mới.');
    expect(out).toMatchObject([{ verb: 'according to', speaker: { kind: 'organisation', org: 'Sở Y tế tỉnh Nam Định' } }]);
    expect(out[0]!.sentence.startsWith('Ngày 5/6, theo')).toBe(true);
  });

  it('"Theo tin từ X, clause"', () => {
    const out = statements('Theo tin từ Sở Y tế Hà Nội, thành phố đã ghi nhận 30 ca mắc mới.');
    expect(out).toMatchObject([{ speaker: { org: 'Sở Y tế Hà Nội' } }]);
  });

  it('"Tối …, theo thông tin từ X cho biết, clause": X reports', () => {
    const out = statements('Tối 3/2, theo thông tin từ Trung tâm Kiểm soát bệnh tật tỉnh Nam Định cho biết, tỉnh ghi nhận 53 ca.');
    expect(out).toMatchObject([{ verb: 'cho biết', speaker: { org: 'Trung tâm Kiểm soát bệnh tật tỉnh Nam Định' } }]);
  });

  it('a lead that is not a time adjunct is untouched', () => {
    expect(statements('Bình cũ sản xuất từ năm 2015, theo quy định bình có hạn sử dụng khoảng 5 năm.')).toHaveLength(0);
  });
});
