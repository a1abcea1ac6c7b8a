import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "it said" / "they said" as the whole subject speaks for the speaker of the statement right before it when that
 * speaker fits the pronoun (a named body, unnamed people); otherwise no statement (invented sentences).
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

describe('"they said" after unnamed people spoke', () => {
  it('gives the people of the statement before, after its clause', () => {
    const got = statements(
      'Diplomats said the ministers would meet again in April. || Most of them want a quick deal on fishing quotas, they said.',
    );
    expect(got.map((s) => [s.name, s.title])).toEqual([
      [null, 'Diplomats'],
      [null, 'Diplomats'],
    ]);
    expect(got[1]?.quote).toContain('Most of them want a quick deal on fishing quotas');
  });

  it('reads the clause on both sides of a mid-sentence "they said"', () => {
    const got = statements(
      'Officials told reporters that the talks had stalled. The northern side, they said, wants a full lifting of the tariffs.',
    );
    expect(got.map((s) => s.title)).toEqual(['Officials', 'Officials']);
    expect(got[1]?.quote).toContain('wants a full lifting of the tariffs');
  });

  it('gives no statement after a named person spoke', () => {
    const got = statements('Coach Dana Hill said the team was tired. Most players need a rest before the final, they said.');
    expect(got.map((s) => s.key)).toEqual(['dana hill']);
  });
});
