import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A topic or purpose clause before "theo X, …", on invented sentences: the source after it still speaks; "theo" + a
 * common noun ("theo tinh thần …") and a clause with a speech verb of its own are left as they were.
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi clause before "theo X,"', () => {
  it('a topic clause with commas before a body', () => {
    const [s] = speakers('Về trường hợp của cụ bà 90 tuổi, quê Nghệ An, theo Sở Y tế, bệnh nhân hiện đã tự thở được.');
    expect(s).toMatchObject({ kind: 'organisation', org: 'Sở Y tế' });
  });

  it('a purpose clause before a person by honorific', () => {
    const [s] = speakers('Để đạt được kết quả trên, theo ông Tạ Văn Lâm, ngành chế biến đã tăng rất mạnh.');
    expect(s).toMatchObject({ kind: 'person', key: 'ta van lam' });
  });

  it('"theo" + a common noun opens no source', () => {
    const all = speakers('Do đó, doanh nghiệp phải chạy vạy, theo tinh thần của ai nhanh thì được, ông Bình nói.');
    expect(all.every((s) => s.name === 'Bình')).toBe(true);
  });

  it('a clause that has its own speaker and verb keeps him', () => {
    const [s] = speakers('Ông Trịnh Văn Nam cho biết, theo Bộ Y tế, dịch đã được kiểm soát.');
    expect(s).toMatchObject({ key: 'trinh van nam' });
  });
});
