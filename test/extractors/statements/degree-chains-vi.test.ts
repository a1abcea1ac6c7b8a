import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * Degree prefixes as newspapers write them, on invented sentences: a dotted chain the title list does not hold
 * ("PGS.TS.BSCK2", "ThS.BS.CKII"), a lawyer's "LS." before a lone given name, and "nói tại tòa rằng" (the court
 * the words were said in).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi degree prefixes before a name', () => {
  it('an unknown chain after "Theo" is cut back to the known "PGS.TS"', () => {
    const [s] = speakers('Theo PGS.TS.BSCK2 Đỗ Minh Tâm, bệnh sởi rất nguy hiểm với trẻ dưới một tuổi.');
    expect(s).toMatchObject({ kind: 'person', key: 'do minh tam' });
  });

  it('an unknown chain before the verb', () => {
    const [s] = speakers('ThS.BS.CKII Lương Thị Thu cho biết cả ba bệnh nhi đã được xuất viện.');
    expect(s).toMatchObject({ kind: 'person', key: 'luong thi thu' });
  });

  it('"LS." with a dot before a lone given name, speaking at court', () => {
    const [s] = speakers('Kết thúc phần tranh luận, LS. Khoa nói tại tòa rằng "thân chủ của tôi không hề biết số tiền đó".');
    expect(s).toMatchObject({ kind: 'person', name: 'Khoa', title: 'LS' });
  });

  it('a chain the title list knows as written is read as before', () => {
    const [s] = speakers('PGS.TS Đinh Văn Lộc cho biết mẫu nước giếng đã được gửi đi xét nghiệm.');
    expect(s).toMatchObject({ key: 'dinh van loc', title: 'PGS.TS' });
  });

  it('"tại tòa" with no "rằng" after it is no statement', () => {
    expect(speakers('Bị cáo Lê Văn Phúc nói tại tòa.')).toEqual([]);
  });
});
