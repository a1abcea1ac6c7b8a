import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "The problem, according to Hoenig, is not …": a named source set off by commas inside the clause. The
 * statement is the clause with the source cut out; after a joining word (", but, according to X, …") only the
 * clause after the source is the source's. A clause after "X," is no description of X (invented sentences).
 */

describe('"according to X" in the middle of a sentence', () => {
  it('gives the clause without the attribution', () => {
    const got = statements('Ellen Doyle runs the harbour. The problem, according to Doyle, is not the weather but the old pier.');
    expect(got).toHaveLength(1);
    expect(got[0]!.key).toBe('ellen doyle');
    expect(got[0]!.quote).toMatch(/^The problem is not the weather but the old pier/u);
  });

  it('after a joining word, only the clause that follows', () => {
    const got = statements(
      'Ellen Doyle runs the harbour. Trade has grown every year, but, according to Doyle, the pier has been neglected for decades.',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([['ellen doyle', 'the pier has been neglected for decades']]);
  });

  it('still reads a description after the source at the end', () => {
    const got = statements('The water is clean again, according to Ellen Doyle, harbour master and founder of a diving club.');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['ellen doyle', 'The water is clean again']]);
  });
});
