import { describe, expect, it } from 'vitest';
import { compileNumbers, parseDigits } from '../../../src/extractors/common/numbers/index.js';
import { EN_NUMBERS as EN } from '../../../src/extractors/en/numbers/index.js';
import { ID_NUMBERS as ID } from '../../../src/extractors/id/numbers/index.js';
import { VI_NUMBERS as VI } from '../../../src/extractors/vi/numbers/index.js';

describe('parseDigits', () => {
  it.each([
    ['150.000', ',', 150_000],
    ['16,6', ',', 16.6],
    ['1.234.567,5', ',', 1_234_567.5],
    ['16.6', ',', 16.6],
    ['1,200,000', '.', 1_200_000],
    ['2.5', '.', 2.5],
    ['16,6', '.', 16.6],
    ['1,499,940', ',', 1_499_940],
    ['110,032,096', ',', 110_032_096],
    ['1.499.940', '.', 1_499_940],
    // Space-grouped thousands (SI style) and Indian grouping (lakh): one number each, in English text.
    ['191 880', '.', 191_880],
    ['2 000 000', '.', 2_000_000],
    ['6,25,950', '.', 625_950],
    ['36,04,480', '.', 3_604_480],
  ] as const)('%s with decimal "%s" is %d', (raw, dec, want) => {
    expect(parseDigits(raw, dec)).toBe(want);
  });
});

describe('amounts', () => {
  const vi = compileNumbers(VI);
  const id = compileNumbers(ID);
  const en = compileNumbers(EN);
  it.each([
    [vi, '16,6 triệu', 16_600_000],
    [vi, 'hai mươi lăm triệu', 25_000_000],
    [vi, 'một trăm linh năm', 105],
    [vi, 'hai trăm năm mươi nghìn', 250_000],
    [vi, '1 triệu rưỡi', 1_500_000],
    [vi, 'trăm rưỡi', 150],
    [vi, '2 triệu 500 nghìn', 2_500_000],
    [vi, '1,5 tỷ', 1_500_000_000],
    [vi, 'một trăm triệu', 100_000_000],
    [id, '150 juta', 150_000_000],
    [id, 'dua belas juta', 12_000_000],
    [id, 'setengah juta', 500_000],
    [id, 'satu setengah juta', 1_500_000],
    [id, 'sejuta', 1_000_000],
    [id, '2,5 miliar', 2_500_000_000],
    [id, '1 triliun', 1e12],
    [id, 'seratus juta', 100_000_000],
    [id, 'lima ratus ribu', 500_000],
    [en, '16.6 million', 16_600_000],
    [en, 'a million', 1_000_000],
    [en, 'half a million', 500_000],
    [en, 'one and a half million', 1_500_000],
    [en, 'twenty-five thousand', 25_000],
    [en, '30m', 30_000_000],
    [en, '2.5mn', 2_500_000],
    [en, '1.2bn', 1_200_000_000],
    [en, 'one hundred million', 100_000_000],
    [en, 'a hundred thousand', 100_000],
    [en, '1.5-million', 1_500_000],
    [vi, 'hai nghìn không trăm lẻ tám', 2008],
    [vi, 'chín mươi chín nghìn chín trăm chín mươi chín', 99_999],
    [vi, 'bảy nghìn ba trăm mười lăm', 7315],
    [vi, 'hai mươi mốt nghìn', 21_000],
    [vi, 'hai mươi tư', 24],
    [vi, 'một nghìn tỉ', 1e12],
    [vi, 'một nghìn hai trăm tỷ', 1_200_000_000_000],
    [vi, 'nửa triệu', 500_000],
    [vi, 'hai chục triệu', 20_000_000],
    [vi, 'ba triệu không trăm năm mươi nghìn', 3_050_000],
    [id, 'seratus dua puluh dua', 122],
    [id, 'tujuh ratus dua puluh satu ribu dua belas', 721_012],
    [id, 'seribu satu', 1001],
    [id, 'sebelas juta', 11_000_000],
    [id, 'seperempat juta', 250_000],
    [id, '8 (delapan) juta', 8_000_000],
    [id, 'satu triliun dua milyar seratus sembilan juta', 1_002_109_000_000],
    [en, 'ninety-nine thousand, nine hundred ninety-nine', 99_999],
    [en, 'two hundred and fifty thousand', 250_000],
    [en, 'a dozen', 12],
    [en, '191 880', 191_880],
    [en, '1 500 000', 1_500_000],
    [en, '26\u00a0400', 26_400],
    [en, '1,00,620', 100_620],
    [en, '12,56,580', 1_256_580],
  ] as const)('%#: %s', (n, raw, want) => {
    expect(new RegExp(`^(?:${n.amount})$`, 'iu').test(raw)).toBe(true);
    expect(n.parse(raw)?.value).toBe(want);
  });
});

describe('digit groupings a language does not use', () => {
  const id = compileNumbers(ID);
  const en = compileNumbers(EN);
  it.each([
    // Indonesian text groups with "."; a space there separates two numbers ("tahap 2 500 dosis" is not 2500).
    [id, '2 500'],
    // Lakh grouping needs the last group of three: a list of pairs is not one number.
    [en, '1,25,50'],
    // A space then four digits, or a group of two, is no thousands group.
    [en, '15 2021'],
    [en, '12 50'],
  ] as const)('%#: %s is not one amount', (n, raw) => {
    expect(new RegExp(`^(?:${n.amount})$`, 'iu').test(raw)).toBe(false);
  });
});
