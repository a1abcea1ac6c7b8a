import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { personKey } from '../../../src/extractors/common/statements/person-key.js';
import { tokenize } from '../../../src/extractors/common/statements/tokens.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A person named only by initials after an honorific ("ông N.V.K", "chị T.T.M", "anh Q."), and "Theo trình báo của
 * X, …" (what X reported to the police) (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi initials after an honorific', () => {
  it('initials without the last dot are one initials token', () => {
    const [t] = tokenize('N.V.K');
    expect(t).toMatchObject({ text: 'N.V.K', initial: true });
    expect(tokenize('TP.HCM')[0]!.initial).toBe(false);
  });

  it('"ông N.V.K cho biết" names the person by initials', () => {
    const [s] = speakers('Sáng 5/3, ông N.V.K (52 tuổi, ngụ xã Tân Phước) cho biết kho lúa của gia đình bị cháy rụi trong đêm.');
    expect(s).toMatchObject({ kind: 'person', name: 'N.V.K' });
    expect(personKey(s!.name!)).toBe('n v k');
  });

  it('after a lead clause, a woman named by initials', () => {
    const [s] = speakers('Trao đổi với phóng viên, chị T.T.M cho biết chị bị sốt cao và mất vị giác từ hôm qua.');
    expect(s).toMatchObject({ kind: 'person', name: 'T.T.M' });
  });

  it('one initial with its dot after a quote', () => {
    const [s] = speakers('“Cả kho hàng chuẩn bị bán Tết đã cháy sạch”, anh Q. nói.');
    expect(s).toMatchObject({ kind: 'person', name: 'Q.' });
  });

  it('initials of a suspect in the content are no speaker', () => {
    const [s, ...rest] = speakers('Công an huyện Đông Anh cho biết đã tạm giữ ông N.V.H để làm rõ hành vi trộm cắp.');
    expect(rest).toEqual([]);
    expect(s).toMatchObject({ kind: 'organisation' });
  });
});

describe('vi Theo trình báo của', () => {
  it('what a person reported to the police is their statement', () => {
    const [s] = speakers('Theo trình báo của bà Lê Thị Hạnh, chiếc xe máy để trước cửa nhà đã bị lấy mất lúc rạng sáng.');
    expect(s).toMatchObject({ kind: 'person', key: 'le thi hanh' });
  });
});
