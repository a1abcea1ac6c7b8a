import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * The Vietnamese confidence layer, on invented sentences: the chain "PGS Name – title, trường Body cho biết" and
 * "Name - title, Body cho biết" (a bare name after a dotted prefix) end in the body the person works for; the person
 * speaks, never the body.
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi confidence: prefixed or bare names before a body', () => {
  it('an academic prefix before the name and a lower-case head before the body', () => {
    const [s] = speakers('PGS Lê Văn Hòa – Trưởng khoa Dịch tễ, trường Đại học Y Hà Nội cũng cho biết số ca mắc sẽ giảm dần.');
    expect(s).toMatchObject({ kind: 'person', key: 'le van hoa' });
  });

  it('a bare Vietnamese name as the first segment of the chain', () => {
    const [s] = speakers('Trần Thị Lan - Phụ trách Khoa Cấp cứu, Bệnh viện Đa khoa Hà Đông cho biết bệnh nhân đã qua cơn nguy kịch.');
    expect(s).toMatchObject({ kind: 'person', key: 'tran thi lan' });
  });

  it('a body alone before the verb still speaks', () => {
    const [s] = speakers('Khoa Cấp cứu, Bệnh viện Đa khoa Hà Đông cho biết bệnh nhân đã qua cơn nguy kịch.');
    expect(s?.kind).toBe('organisation');
  });
});
