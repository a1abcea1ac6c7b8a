import { describe, expect, it } from 'vitest';
import { emptyTally, scoreItem, type DoseItem, type DoseMiss } from '../../../scripts/held-out/dose-score.js';

const item = (doses: DoseItem['doses']): DoseItem => ({ id: 't-1', lang: 'vi', text: 'invented', source: 'test', doses });
const fact = (value: number | null, status: 'received' | 'administered' | 'expected', valueMax: number | null = null) => ({ value, valueMax, status, text: 'x' });

describe('held-out dose scorer', () => {
  it('matches figures on value and valueMax, then checks their status', () => {
    const t = emptyTally();
    const misses: DoseMiss[] = [];
    scoreItem(
      item([
        { value: 4_000_000, valueMax: null, status: 'received' },
        { value: 4_000_000, valueMax: null, status: 'expected' },
        { value: 1_000_000, valueMax: 1_500_000, status: 'administered' },
      ]),
      [fact(4_000_000, 'expected'), fact(4_000_000, 'administered'), fact(1_000_000, 'administered'), fact(7, 'received')],
      t,
      misses,
    );
    expect(t).toMatchObject({ gold: 3, found: 2, statusRight: 1, wrong: 2, falseDoses: 0 });
    expect(misses.map((m) => m.kind).sort()).toEqual(['missed', 'status', 'wrong', 'wrong']);
  });

  it('counts every figure in a negative sentence as false, and vague amounts apart', () => {
    const t = emptyTally();
    scoreItem(item([]), [fact(2, 'administered'), fact(null, 'received')], t, []);
    expect(t).toMatchObject({ negatives: 1, falseDoses: 1, vague: 1, gold: 0 });
  });
});
