import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * An unnamed group that spoke ("Officials said", "her lawyers said") is no antecedent of a later "he" or "she":
 * the pronoun keeps looking back to the person named before it (invented sentences).
 */

describe('a group that spoke does not hide the person named before it', () => {
  it('"She said" after "Officials said" is the mayor named before', () => {
    const got = statements(
      'Mayor Jane Okafor toured the flooded district on Tuesday. Officials said the river rose two metres overnight. She said the town would rebuild the footbridge before winter.',
    );
    expect(got.map((s) => [s.key, s.title])).toEqual([
      [null, 'Officials'],
      ['jane okafor', 'Mayor'],
    ]);
  });

  it('"her lawyers" speak as an unnamed group, and her next "She said" stays hers', () => {
    const got = statements(
      'Opposition leader Maria Venn was released on Friday. Her lawyers said she would appeal the ruling within a week. She said the vote had been neither free nor fair.',
    );
    expect(got.map((s) => [s.key, s.title?.toLowerCase()])).toEqual([
      [null, 'lawyers'],
      ['maria venn', 'leader'],
    ]);
  });

  it('a singular unnamed speaker still stands between (no name for "She said")', () => {
    const got = statements(
      'Mayor Jane Okafor toured the flooded district on Tuesday. A spokeswoman said the road would reopen soon. She said the town would rebuild the footbridge before winter.',
    );
    expect(got.map((s) => s.key)).toEqual([null]);
  });
});
