import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "De Block said" after "Maggie de Block": a surname with a particle is the surname of the one full name the page
 * writes with it, the particle in either case. With two such full names it stays as it is (invented sentences).
 */

describe('a surname with a particle', () => {
  it('stands for the full name the page gives, particle in either case', () => {
    const got = statements('Health Minister Ellen de Vries closed the harbour. || “We had no choice,” De Vries said.');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['ellen de vries', 'We had no choice']]);
  });

  it('reads a two-particle surname after a mention that is no statement', () => {
    const got = statements('The survey was led by Anna Van Der Berg of Leiden University. || “It is rising,” Van Der Berg said.');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['anna van der berg', 'It is rising']]);
  });

  it('stays as it is when two full names end with it', () => {
    const got = statements('Ellen de Vries and Piet de Vries own the boat. || “We had no choice,” De Vries said.');
    expect(got.map((s) => s.key)).not.toContain('ellen de vries');
    expect(got.map((s) => s.key)).not.toContain('piet de vries');
  });
});
