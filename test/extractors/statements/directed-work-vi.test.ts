import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * "chỉ đạo công tác cứu hộ" (to lead the rescue work), "chỉ đạo triển khai các biện pháp" (to have measures put in
 * place): the object is the work led, and nobody says anything (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi chỉ đạo + the work led', () => {
  it('"chỉ đạo công tác …" is no statement', () => {
    expect(
      speakers('Phó Chủ tịch UBND tỉnh Lào Cai Trần Văn Hòa có mặt tại hiện trường, chỉ đạo công tác tìm kiếm người mất tích.'),
    ).toEqual([]);
  });

  it('"chỉ đạo triển khai …" is no statement', () => {
    expect(
      speakers('Sau vụ sạt lở, Tổng công ty Điện lực miền Trung đã chỉ đạo triển khai phương án cấp điện tạm cho các xã vùng lũ.'),
    ).toEqual([]);
  });

  it('a quote after "chỉ đạo" stays a statement', () => {
    const [s] = speakers('Bộ trưởng Phạm Quốc Đông chỉ đạo: “Công tác cứu hộ phải đặt an toàn của người dân lên trên hết”.');
    expect(s).toMatchObject({ kind: 'person', key: 'pham quoc dong' });
  });
});
