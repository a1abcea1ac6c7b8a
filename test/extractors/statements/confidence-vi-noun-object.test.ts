import { describe, expect, it } from 'vitest';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * The Vietnamese confidence layer, on invented sentences: "công bố" takes a document, a result or a decision as its
 * object. With that object right after it, the verb publishes a thing and says nothing; with a clause opener or a
 * quote after it ("công bố rằng …", "công bố: …") it reports what was said.
 */

function statements(text: string): Array<{ verb: string | null; quote: string }> {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [{ verb: f.verb, quote: f.quote }] : []));
}

describe('vi confidence: a publishing verb with a noun object', () => {
  it('"công bố" + a case: no statement', () => {
    expect(statements('Chiều 14/4, Sở Y tế công bố ca nhiễm mới ở xã Tân Lập, nữ, 36 tuổi, đang điều trị tại bệnh viện.')).toEqual([]);
  });

  it('a ceremony "Lễ công bố" + a decision: no statement', () => {
    expect(statements('Sáng 2/7, Bộ Giáo dục tổ chức Lễ công bố quyết định về công tác cán bộ của ba trường đại học.')).toEqual([]);
  });

  it('a press conference "họp báo công bố thông tin về vụ án": no statement', () => {
    expect(statements('Đại tá Trần Văn Nam, Giám đốc Công an tỉnh, chủ trì họp báo công bố thông tin về vụ án.')).toEqual([]);
  });

  it('"công bố rằng" + a clause is a statement', () => {
    expect(statements('WHO công bố rằng dịch tả tại khu vực đã được kiểm soát.')).toMatchObject([
      { verb: 'công bố', quote: 'dịch tả tại khu vực đã được kiểm soát' },
    ]);
  });

  it('"công bố:" + a clause is a statement', () => {
    expect(statements('Bộ Y tế công bố: cả nước có thêm 20 ca mắc mới trong ngày.')).toHaveLength(1);
  });

  it('another verb right before its content is untouched: "cho biết" + a clause', () => {
    expect(statements('Bộ Y tế cho biết cả nước có thêm 20 ca mắc mới trong ngày.')).toHaveLength(1);
  });
});
