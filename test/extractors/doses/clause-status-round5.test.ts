import { describe, expect, it } from 'vitest';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { dosesOf } from './support.js';

const EX = { vi: viDoseExtractor, id: idDoseExtractor } as const;
type Lang = keyof typeof EX;
const M = 1_000_000;

/** Invented sentences for the shapes of the fifth round: value(-valueMax):status, in order. */
const ROWS: ReadonlyArray<[Lang, string, string[]]> = [
  // People as the subject of a unit-less figure's own clause: no dose.
  ['vi', 'Tỉnh đã tiêm 50.000 liều, trong đó, số người đã được tiêm đủ 2 mũi là 12.345.', ['50000:administered']],
  ['vi', 'Trong đó, số trẻ đã tiêm đủ 2 mũi là 98.765.', []],
  // A supply named after "về việc" in an agreement is what was agreed.
  ['vi', 'Bộ Y tế đã ký hợp đồng với hãng về việc cung ứng 5 triệu liều vaccine.', [`${5 * M}:committed`]],
  ['vi', 'EU vừa hoàn tất thỏa thuận với Pfizer về việc cung cấp thêm 200 triệu liều vaccine.', [`${200 * M}:committed`]],
  ['vi', 'Hãng đã cung cấp 2 triệu liều vaccine cho Việt Nam.', [`${2 * M}:received`]],
];

describe('dose status, fifth round shapes', () => {
  it.each(ROWS)('%s: %s', (lang, text, want) => {
    const got = dosesOf(EX[lang], text, lang).map((f) => `${f.value}${f.valueMax === null ? '' : `-${f.valueMax}`}:${f.status}`);
    expect(got).toEqual(want);
  });
});
