import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * A capital or a country that speaks for its government ("Ottawa said", "Ghana says it …") is an organisation,
 * not a person with that name (invented sentences).
 */

describe('a capital or a country as the speaker', () => {
  it('reads a capital that speaks as an organisation', () => {
    const got = statements('Ottawa said it would send two more inspectors to the border crossing next month.');
    expect(got.map((s) => [s.name, s.key, s.kind])).toEqual([['Ottawa', null, 'organisation']]);
  });

  it('reads a country that speaks as an organisation', () => {
    const got = statements(
      'Ghana says it has started flying home another 400 of its citizens from the flooded coastal towns.',
    );
    expect(got.map((s) => [s.name, s.kind])).toEqual([['Ghana', 'organisation']]);
  });

  it('still reads a surname alone as a person', () => {
    const got = statements('Okonjo said the flights would go on until every citizen who asked was home.');
    expect(got.map((s) => [s.name, s.kind])).toEqual([['Okonjo', 'person']]);
  });
});
