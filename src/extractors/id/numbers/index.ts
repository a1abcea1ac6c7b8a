import type { NumberVocab } from '../../common/numbers/index.js';

/** Indonesian numbers: "seratus dua puluh dua", "tujuh ratus dua puluh satu ribu dua belas", "setengah juta". */
export const ID_NUMBERS: NumberVocab = {
  decimal: ',',
  words: {
    satu: { kind: 'unit', value: 1 },
    dua: { kind: 'unit', value: 2 },
    tiga: { kind: 'unit', value: 3 },
    empat: { kind: 'unit', value: 4 },
    lima: { kind: 'unit', value: 5 },
    enam: { kind: 'unit', value: 6 },
    tujuh: { kind: 'unit', value: 7 },
    delapan: { kind: 'unit', value: 8 },
    sembilan: { kind: 'unit', value: 9 },
    belas: { kind: 'teen' },
    puluh: { kind: 'tens' },
    ratus: { kind: 'hundred', value: 100 },
    setengah: { kind: 'fraction', value: 0.5 },
    seperempat: { kind: 'fraction', value: 0.25 },
  },
  // "se-" is "one": seratus = satu ratus.
  contractions: {
    sepuluh: 'satu puluh',
    sebelas: 'satu belas',
    seratus: 'satu ratus',
    seribu: 'satu ribu',
    sejuta: 'satu juta',
    semiliar: 'satu miliar',
    semilyar: 'satu milyar',
  },
  scales: { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 },
};
