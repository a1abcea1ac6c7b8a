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

describe('a description, then the name it describes between commas, before the verb', () => {
  it('reads the name after a sentence-opening description', () => {
    const got = statements('The harbour board chair, Marta Lindqvist of Kentucky, said Tuesday that the pier would reopen in May.');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['marta lindqvist', 'the pier would reopen in May']]);
  });

  it('gives a quote before "his agent, X, said" to X', () => {
    const got = statements('"The club will not take up the option on his contract," his agent, Jonas Berg, said in an e-mail.');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['jonas berg', 'The club will not take up the option on his contract']]);
  });
});
