import { describe, expect, it } from 'vitest';
import type { CompiledNumbers } from '../../../src/extractors/common/numbers/index.js';
import {
  emptyNumberTally,
  scoreNumberItem,
  type NumberItem,
  type NumberMiss,
} from '../../../scripts/held-out/number-score.js';

/** A stand-in grammar: runs of digits, each read as its number; "13" is misread to show a wrong value. */
const digitsOnly: CompiledNumbers = {
  vocab: { decimal: ',', words: {}, scales: {} },
  amount: '\\d+',
  scale: '(?!)',
  parse: (raw) => ({ value: raw === '13' ? 31 : Number(raw), scale: 1, separated: false }),
};

const item = (text: string, numbers: NumberItem['numbers']): NumberItem => ({
  id: 't-1',
  lang: 'vi',
  text,
  source: 'test',
  numbers,
});

describe('held-out number-words scorer', () => {
  it('counts an annotated amount exact, wrong or missed by the amount read over its words', () => {
    const t = emptyNumberTally();
    const misses: NumberMiss[] = [];
    scoreNumberItem(
      item('had 12 and 13 and seven', [
        { text: '12', value: 12 },
        { text: '13', value: 13 },
        { text: 'seven', value: 7 },
      ]),
      digitsOnly,
      t,
      misses,
    );
    expect(t).toEqual({ sentences: 1, gold: 3, exact: 1, wrong: 1, missed: 1 });
    expect(misses.map((m) => m.kind)).toEqual(['wrong', 'missed']);
  });

  it('refuses an annotation whose words are not in the sentence', () => {
    const bad = item('nothing here', [{ text: 'ten', value: 10 }]);
    expect(() => scoreNumberItem(bad, digitsOnly, emptyNumberTally(), [])).toThrow(/not in the sentence/);
  });
});
