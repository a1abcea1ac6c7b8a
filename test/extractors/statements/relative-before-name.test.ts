import { describe, expect, it } from 'vitest';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { relativeBeforeName } from '../../../src/extractors/common/statements/relative-subject.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A word for a relative right before a name makes the relative the one speaking ("istri Budi Santoso mengatakan":
 * his wife said it), so the named person is no speaker; invented sentences, vi and id. The Vietnamese layer also
 * drops "Như đã nói ở trên" (as said above) and the "bổ sung" of a law "sửa đổi, bổ sung".
 */

function speakers(lang: 'vi' | 'id', text: string) {
  const extractor = lang === 'vi' ? viStatementExtractor : idStatementExtractor;
  return extractor
    .extract(docFromText([lang === 'vi' ? 'Tin' : 'Berita', text], { lang }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker.name] : []));
}

describe('relativeBeforeName', () => {
  const words = { relatives: ['istri', 'orang tua'], describers: ['sang'] };

  it('is true for a relative right before the first mention', () => {
    expect(relativeBeforeName('Budi Santoso', 'Kemarin, istri Budi Santoso mengatakan', words)).toBe(true);
    expect(relativeBeforeName('Bankman', 'juru bicara orang tua Bankman menyatakan', words)).toBe(true);
  });

  it('is false when the relative stands apart or describes the person named', () => {
    expect(relativeBeforeName('Ani', 'Istri Budi, Ani, mengatakan', words)).toBe(false);
    expect(relativeBeforeName('Budi Santoso', 'Budi Santoso mengatakan istri Budi Santoso', words)).toBe(false);
    expect(relativeBeforeName('Ani Lestari', 'Sang istri Ani Lestari mengatakan', words)).toBe(false);
  });
});

describe('id: a relative of the person named speaks', () => {
  it('"istri X mengatakan" gives X no statement', () => {
    expect(speakers('id', 'Sementara itu, istri Hendra Gunawan mengatakan suaminya sudah pulang ke rumah.')).toEqual([]);
  });

  it('"juru bicara orang tua X menyatakan" gives X no statement', () => {
    expect(speakers('id', 'Juru bicara orang tua Hendra Gunawan menyatakan mereka sudah mengembalikan rumah itu.')).toEqual([]);
  });

  it('the relative named after a comma still speaks', () => {
    expect(speakers('id', 'Istri Hendra Gunawan, Ratna Sari, mengatakan suaminya sudah pulang ke rumah.')).toEqual(['Ratna Sari']);
  });
});

describe('vi: a relative of the person named speaks', () => {
  it('"Vợ ông X cho biết" gives X no statement', () => {
    expect(speakers('vi', 'Vợ ông Trần Văn Khoa cho biết chồng bà đã về nhà từ tối qua.')).toEqual([]);
  });

  it('"Con trai của bà X chia sẻ" gives X no statement', () => {
    expect(speakers('vi', 'Con trai của bà Lê Thị Hoa chia sẻ rằng gia đình rất vui.')).toEqual([]);
  });

  it('"Bà mẹ X" is the mother named X, who speaks', () => {
    expect(speakers('vi', 'Bà mẹ Phạm Thị Lan cho biết con bà đã về nhà từ tối qua.')).toEqual(['Phạm Thị Lan']);
  });

  it('a person speaking of their wife keeps the statement', () => {
    expect(speakers('vi', 'Ông Trần Văn Khoa cho biết vợ ông đã về nhà từ tối qua.')).toEqual(['Trần Văn Khoa']);
  });
});

describe('vi: the text about itself and amended laws', () => {
  it('"Như đã nói ở trên" names no one called Như', () => {
    expect(speakers('vi', 'Như đã nói ở trên, hệ thống chỉ phát hiện được mục tiêu khi còn cách 30km.')).toEqual([]);
  });

  it('"sửa đổi, bổ sung" of a law is no one adding words', () => {
    expect(speakers('vi', 'Ông Trần Văn Khoa đã dùng nhiều tài khoản để thao túng cổ phiếu, vi phạm Luật Chứng khoán số 54/2019/QH14 được sửa đổi, bổ sung bởi Luật số 56/2024/QH15.')).toEqual([]);
  });

  it('"bổ sung" after a speaker still reports', () => {
    expect(speakers('vi', 'Ông Trần Văn Khoa bổ sung rằng dự án sẽ hoàn thành trong năm nay.')).toEqual(['Trần Văn Khoa']);
  });
});
