import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extractors/common/sentences.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on sentence ends followed by a capital, in Vietnamese', () => {
    expect(split('Việt Nam đã có thêm 33 triệu liều. Dự kiến sẽ có thêm 30 triệu liều.')).toEqual([
      'Việt Nam đã có thêm 33 triệu liều.',
      'Dự kiến sẽ có thêm 30 triệu liều.',
    ]);
  });
  it('keeps decimals, abbreviations and initials inside a sentence', () => {
    expect(split('Dr. Smith said 16.6 million doses arrived in TP. Hồ Chí Minh. Then J. Doe left.')).toEqual([
      'Dr. Smith said 16.6 million doses arrived in TP. Hồ Chí Minh.',
      'Then J. Doe left.',
    ]);
  });
  it('keeps ranks and joined initials inside a sentence', () => {
    expect(split('No one was hurt, Lt. David Lee said. A film by J.C. Chandor opens. Capt. Ann Ray agreed.')).toEqual([
      'No one was hurt, Lt. David Lee said.',
      'A film by J.C. Chandor opens.',
      'Capt. Ann Ray agreed.',
    ]);
  });
  it('keeps a Vietnamese academic or medical title chain with its name, and still ends a sentence after a place', () => {
    expect(split('GS.TS. Trần Văn An cho biết thêm. BS.CK2. Lê Thị Hoa nói vậy. Ca bệnh ở TP.HCM. Ông Bình đồng ý.')).toEqual([
      'GS.TS. Trần Văn An cho biết thêm.',
      'BS.CK2. Lê Thị Hoa nói vậy.',
      'Ca bệnh ở TP.HCM.',
      'Ông Bình đồng ý.',
    ]);
  });
  it('keeps a lawyer\'s "LS." and a chain with "BSCK2" with the name after it', () => {
    expect(split('LS. Khoa phản bác ngay. PGS.TS.BSCK2. Lý Văn Tú nói thêm. Phiên tòa kết thúc.')).toEqual([
      'LS. Khoa phản bác ngay.',
      'PGS.TS.BSCK2. Lý Văn Tú nói thêm.',
      'Phiên tòa kết thúc.',
    ]);
  });
  it('ends a sentence at a closing quote', () => {
    expect(split('Ông nói: “Chúng tôi sẽ làm.” Sau đó ông rời đi.')).toEqual(['Ông nói: “Chúng tôi sẽ làm.”', 'Sau đó ông rời đi.']);
  });
});
