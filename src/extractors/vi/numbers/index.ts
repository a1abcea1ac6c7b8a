import type { NumberVocab } from '../../common/numbers/index.js';

/** Vietnamese numbers: "hai nghìn không trăm lẻ tám", "hai mươi mốt", "một triệu rưỡi", "nửa triệu", "16,6 triệu". */
export const VI_NUMBERS: NumberVocab = {
  decimal: ',',
  words: {
    một: { kind: 'unit', value: 1 },
    mốt: { kind: 'unit', value: 1 },
    hai: { kind: 'unit', value: 2 },
    ba: { kind: 'unit', value: 3 },
    bốn: { kind: 'unit', value: 4 },
    tư: { kind: 'unit', value: 4 },
    năm: { kind: 'unit', value: 5 },
    lăm: { kind: 'unit', value: 5 },
    nhăm: { kind: 'unit', value: 5 },
    sáu: { kind: 'unit', value: 6 },
    bảy: { kind: 'unit', value: 7 },
    bẩy: { kind: 'unit', value: 7 },
    tám: { kind: 'unit', value: 8 },
    chín: { kind: 'unit', value: 9 },
    mười: { kind: 'unit', value: 10 },
    mươi: { kind: 'tens' },
    chục: { kind: 'tens' },
    linh: { kind: 'zero' },
    lẻ: { kind: 'zero' },
    'không trăm': { kind: 'zero' },
    trăm: { kind: 'hundred', value: 100 },
    rưỡi: { kind: 'half-after' },
    nửa: { kind: 'fraction', value: 0.5 },
  },
  scales: { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 },
};
