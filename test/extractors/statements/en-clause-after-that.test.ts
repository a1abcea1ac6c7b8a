import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "X said that as a result, …": after the complementiser "that" the reported clause may open with an
 * adverbial phrase (a preposition, "as", "when"); "that" already marks what follows as the content. Without
 * "that", "said in a statement" is still no clause (invented sentences).
 */

describe('a reported clause opening with an adverbial after "that"', () => {
  it('is the statement', () => {
    const got = statements('Ellen Doyle runs the harbour. Doyle said that as a result, the ferry will stop running in May.');
    expect(got).toHaveLength(1);
    expect(got[0]!.key).toBe('ellen doyle');
    expect(got[0]!.quote).toMatch(/^as a result, the ferry will stop running in May/u);
  });

  it('with a time phrase', () => {
    const got = statements('Ellen Doyle runs the harbour. She said that on the day in question, two boats had sunk near the pier.');
    expect(got.map((s) => s.quote)).toEqual(['on the day in question, two boats had sunk near the pier']);
  });

  it('but "said in a statement" with no "that" is still no clause', () => {
    const got = statements('Ellen Doyle runs the harbour. Doyle said in a statement.');
    expect(got).toEqual([]);
  });
});
