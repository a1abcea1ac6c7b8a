import { describe, expect, it } from 'vitest';
import { otherToneSpelling, withToneVariants } from '../../../src/extractors/vi/statements/tone-variants.js';

describe('vi tone spellings', () => {
  it('moves the tone of an open oa/oe/uy syllable to the other vowel', () => {
    expect(otherToneSpelling('Thành uỷ')).toBe('Thành ủy');
    expect(otherToneSpelling('hòa bình')).toBe('hoà bình');
    expect(otherToneSpelling('khoẻ')).toBe('khỏe');
    expect(otherToneSpelling('Thụy Điển')).toBe('Thuỵ Điển');
  });

  it('leaves closed syllables, "qu" and untoned words alone', () => {
    for (const w of ['hoàn', 'thuyết', 'quý', 'Nguyễn', 'hoa', 'Hoàng']) expect(otherToneSpelling(w)).toBe(w);
  });

  it('lists both spellings once each', () => {
    expect(withToneVariants(['Tỉnh ủy', 'Bộ'])).toEqual(['Tỉnh ủy', 'Tỉnh uỷ', 'Bộ']);
  });
});
