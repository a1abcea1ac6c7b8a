import { describe, expect, it } from 'vitest';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A quote the page runs on into the next paragraph without reopening it, closed there by a straight mark glued to
 * the last word ('… với 3 điểm".'): that mark closes, it does not open a quote running into the paragraph after
 * (invented text).
 */

function quotes(paragraphs: string[]): Array<[string | null, string]> {
  const doc = docFromText(['Tiêu đề', ...paragraphs], { lang: 'vi' });
  return viStatementExtractor.extract(doc).flatMap((f) => (f.type === 'statement' ? [[f.speaker.key, f.quote]] : []));
}

describe('a straight mark ending its paragraph after a word', () => {
  it('closes the quote run on from the paragraph before; the next quote is read whole', () => {
    const found = quotes([
      'Sau trận đấu, HLV Trần Minh Đức cho biết: "Đây là một trận đấu rất khó khăn với các cầu thủ.',
      'Chúng tôi đã có khởi đầu tốt và đạt được mục tiêu với 3 điểm".',
      '"Chúng tôi sẽ chuẩn bị kỹ cho trận đấu tiếp theo trên sân nhà", HLV Trần Minh Đức nói.',
    ]);
    expect(found).toContainEqual(['tran minh duc', 'Chúng tôi sẽ chuẩn bị kỹ cho trận đấu tiếp theo trên sân nhà']);
    expect(found.every(([, q]) => !q.startsWith('.'))).toBe(true);
  });
});
