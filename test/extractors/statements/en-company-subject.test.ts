import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "the company said" with no body that spoke before it points to the body that is the subject of its own
 * sentence or of a sentence just before (invented sentences).
 */

describe('"the company said" after a body named as a subject', () => {
  it('takes the body that opens its own sentence', () => {
    const got = statements('Northgate is closing 40 of its shops in the north, the company said on Monday.');
    expect(got.map((s) => [s.name, s.kind])).toEqual([['Northgate', 'organisation']]);
  });

  it('takes the body after a body noun in the sentence before', () => {
    const got = statements(
      'Pencil maker Brightlead Tools rose 4 per cent after its results. The company said its sales would grow again next year.',
    );
    expect(got.map((s) => [s.name, s.kind])).toEqual([['Brightlead Tools', 'organisation']]);
  });

  it('takes no name that a person on the page carries', () => {
    const got = statements(
      'Owner Tom Kessler said the bakery was busy. But Kessler declined to say more. The company said its sales would grow again next year.',
    );
    expect(got.map((s) => s.name)).not.toContain('Kessler');
  });

  it('takes no person named as the subject before', () => {
    const got = statements('Maria Lopez joined the bakery in 2010. The company said its sales would grow again next year.');
    expect(got.map((s) => s.name)).not.toContain('Maria Lopez');
  });
});
