import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * A capitalised word the page also writes in lower case is no part of a name: "Realtor Soltani" after "realtor
 * Amira Soltani" is Amira Soltani, and "Polling" opening a sentence is no speaker (invented sentences).
 */

describe('a capitalised word the page also writes in lower case', () => {
  it('is a description before a surname, not a first name', () => {
    const got = statements(
      'In Westbrook, where realtor Amira Soltani said she has seen buyers vanish, prices are falling. || ' +
        '"Look at how long the house has sat on the market," Realtor Soltani said.',
    );
    expect(got.map((s) => s.key)).toEqual(['amira soltani', 'amira soltani']);
  });

  it('is no speaker when it opens a sentence alone', () => {
    const got = statements(
      'The polling firms were wrong again this year. || ' +
        'Polling said the incumbent would win the seat easily on the night.',
    );
    expect(got).toEqual([]);
  });

  it('leaves a surname alone that the page never writes in lower case', () => {
    const got = statements('Okonjo said the flights would go on until every citizen who asked was home.');
    expect(got.map((s) => s.name)).toEqual(['Okonjo']);
  });
});
