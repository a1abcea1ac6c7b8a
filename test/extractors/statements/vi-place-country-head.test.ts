import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A district or commune whose first syllable is a country's name ("huyện Anh Sơn", "huyện Đức Hòa"; Anh, Đức are
 * England, Germany) is one place: its second syllable is not a speaker's name (invented sentences).
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi places that open with a country name', () => {
  it('"UBND huyện Anh Sơn" is the body: the speaker has a title and no name', () => {
    const [s] = speakers('Lãnh đạo UBND huyện Anh Sơn cho biết, tuyến đường sẽ thông xe vào tháng tới.');
    expect(s).toMatchObject({ name: null, title: 'Lãnh đạo', org: 'UBND huyện Anh Sơn' });
  });

  it('"UBND huyện Đức Hòa": the same with Đức', () => {
    const [s] = speakers('Đại diện UBND huyện Đức Hòa cho hay, các hộ dân đã được hỗ trợ.');
    expect(s).toMatchObject({ name: null, org: 'UBND huyện Đức Hòa' });
  });

  it('a full name after the place is still the speaker', () => {
    const [s] = speakers('Chủ tịch UBND huyện Đức Hòa Nguyễn Văn Tâm cho biết, huyện sẽ hỗ trợ các hộ dân.');
    expect(s).toMatchObject({ key: 'nguyen van tam', org: 'UBND huyện Đức Hòa' });
  });
});
