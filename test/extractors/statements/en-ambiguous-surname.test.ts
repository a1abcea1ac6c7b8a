import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * A surname alone that two full names of the page end with, and that nothing resolved to one of them, gives no
 * statement: a wrong speaker is worse than a missed one (invented sentences).
 */

describe('a surname two full names of the page share', () => {
  it('gives no statement to the bare surname', () => {
    const got = statements(
      'The dead were Emil Dvorak,47, and Pavel Novak,52. || ' +
        'For Irena Novak, Monday is a day she has waited for. || ' +
        'Novak says she will finally be able to sell the house.',
    );
    expect(got).toEqual([]);
  });

  it('gives none either when a first name alone follows one of them', () => {
    const got = statements(
      'The dead were brothers Emil Dvorak, 47, and Jan Dvorak, 45, Pavel Novak,52, and Ota Hrubes, 60. || ' +
        'For Irena Novak, Monday is a day she has waited for. Her husband Pavel was one of the victims. || ' +
        'Novak says she will finally be able to sell the house and move away.',
    );
    expect(got.filter((s) => s.name === 'Novak')).toEqual([]);
  });

  it('keeps a surname only one full name ends with', () => {
    const got = statements(
      'The ferry company is run by Ingrid Halvorsen. || ' +
        'The strike has kept the boats in port since March. || ' +
        '"We will not sail until the new contracts are signed by everyone," Halvorsen said.',
    );
    expect(got.map((s) => s.key)).toEqual(['ingrid halvorsen']);
  });
});
