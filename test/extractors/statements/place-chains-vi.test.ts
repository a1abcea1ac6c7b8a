import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { placeChainSpan } from '../../../src/extractors/vi/statements/place-chains.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A body, then the district and province it lies in after commas, then the verb (invented sentences): the people
 * who speak for the body are the speaker.
 */

function speakers(text: string): Speaker[] {
  return viStatementExtractor
    .extract(docFromText(['Tin', text], { lang: 'vi' }))
    .flatMap((f) => (f.type === 'statement' ? [f.speaker] : []));
}

describe('vi a body and the places it lies in', () => {
  it('the leaders of a commune, its district and province after commas', () => {
    const [s] = speakers('Sáng 2/8, lãnh đạo UBND xã Tân Lập, huyện Đan Phượng, tỉnh Hà Nam xác nhận, một ngôi nhà đã bị sập.');
    expect(s).toMatchObject({ kind: 'person', name: null, title: 'Lãnh đạo' });
    expect(s?.org).toContain('UBND xã Tân Lập');
  });

  it('a ward police and its city glued to the unit, with the province in brackets', () => {
    const [s] = speakers('Trao đổi với phóng viên, đại diện Công an phường Tân Mai, TP.Biên Hòa (Đồng Nai) cho biết đã tạm giữ hai người.');
    expect(s).toMatchObject({ kind: 'person', name: null, title: 'Đại diện' });
    expect(s?.org).toContain('Công an phường Tân Mai');
  });

  it('a lead clause with its own speech verb is left alone', () => {
    expect(placeChainSpan('Sau khi ông Nam phát biểu, lãnh đạo UBND xã Tân Lập, huyện Đan Phượng cho biết, nước đã rút.')).toBeNull();
  });

  it('a chain that is no place (a lower-case word after the unit) is left alone', () => {
    expect(placeChainSpan('Lãnh đạo UBND xã Tân Lập, xã viên và người dân cho biết, nước đã rút.')).toBeNull();
  });
});
