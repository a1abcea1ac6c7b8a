import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * A name opening its sentence, a long description between commas (commas, a relative clause or a participle
 * inside it), then the reporting verb: the subject is still the name (invented sentences).
 */

const INTRO = 'Marta Lindqvist runs the harbour board.';

describe('a sentence-opening name with a long description before the verb', () => {
  it('reads a description holding a list and a relative clause', () => {
    const got = statements(
      `${INTRO} Lindqvist, the board's longest-serving member and one of five people who set the fees on moorings, cranes and other harbour services, said that the pier would reopen in May.`,
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([['marta lindqvist', 'the pier would reopen in May']]);
  });

  it('reads a participle description before "told"', () => {
    const got = statements(`${INTRO} Lindqvist, wearing a yellow coat and a new board badge, told reporters the pier would reopen in May.`);
    expect(got.map((s) => [s.key, s.quote])).toEqual([['marta lindqvist', 'the pier would reopen in May']]);
  });

  it('does not give the name what a document between the commas said', () => {
    const got = statements(`${INTRO} Lindqvist, the report said, wants the pier to reopen in May.`);
    expect(got.map((s) => s.key)).not.toContain('marta lindqvist');
  });
});
