import type { NumberVocab, NumberWord } from '../../common/numbers/index.js';

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const ELEVEN_TO_THIRTEEN = ['eleven', 'twelve', 'thirteen'];
const TEENS = ['fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const unit = (value: number): NumberWord => ({ kind: 'unit', value });

/** English numbers: "ninety-nine thousand nine hundred", "half a million", "a dozen", "1.2bn", "30m". */
export const EN_NUMBERS: NumberVocab = {
  decimal: '.',
  words: {
    ...Object.fromEntries(ONES.map((w, i) => [w, unit(i + 1)])),
    ...Object.fromEntries(ELEVEN_TO_THIRTEEN.map((w, i) => [w, unit(i + 11)])),
    ...Object.fromEntries(TEENS.map((w, i) => [w, unit(i + 14)])),
    ...Object.fromEntries(TENS.map((w, i) => [w, unit((i + 2) * 10)])),
    a: { kind: 'article' },
    an: { kind: 'article' },
    half: { kind: 'fraction', value: 0.5 },
    'and a half': { kind: 'fraction', value: 0.5 },
    hundred: { kind: 'hundred', value: 100 },
    'hundred and': { kind: 'hundred', value: 100 },
    dozen: { kind: 'hundred', value: 12 },
  },
  scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9 },
  gluedScales: ['k', 'm', 'mn', 'mln', 'bn'],
  commaAfterScale: true,
  groupings: ['space', 'lakh'],
};
