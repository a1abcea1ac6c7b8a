import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "it said" as the whole subject speaks for the named body whose statement comes right before it; with no such
 * body, no statement (invented sentences).
 */

describe('"it said" after a body spoke', () => {
  it('gives the body of the statement before, after its clause', () => {
    const got = statements(
      'Harbourline Shipping Ltd said it had agreed to sell two of its ferries. || The sale will bring in about 40 mln dlrs, it said.',
    );
    expect(got.map((s) => [s.name ?? s.org, s.kind])).toEqual([
      ['Harbourline Shipping Ltd', 'organisation'],
      ['Harbourline Shipping Ltd', 'organisation'],
    ]);
    expect(got[1]?.quote).toContain('The sale will bring in about 40 mln dlrs');
  });

  it('gives the body of the statement before, opening its sentence', () => {
    const got = statements(
      'Northwind Corp said its profit rose by a third last year. It said it expects sales to grow again in the spring.',
    );
    expect(got.map((s) => s.kind)).toEqual(['organisation', 'organisation']);
    expect(got[1]?.quote).toContain('it expects sales to grow again in the spring');
  });

  it('gives no statement after a person spoke', () => {
    const got = statements('Mayor Ana Ruiz said the bridge would reopen in May. The study was long and costly, it said.');
    expect(got.map((s) => s.key)).toEqual(['ana ruiz']);
  });
});
