import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * '"…," explains Radek Holub': the present tense of a feature story (and a few more past forms) may stand before the
 * speaker's name after a quote, as "said" does (invented sentences).
 */

describe('a reporting verb in the present before the name', () => {
  it('reads "explains" before a full name', () => {
    const got = statements('"Ivy is easy to grow and it cleans the air," explains Radek Holub from Green Rooms.');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['radek holub', 'Ivy is easy to grow and it cleans the air']]);
  });

  it('reads "adds" and "recalled" before a name', () => {
    const got = statements(
      'Mel Harte coaches the junior squad. "We start training at dawn every Saturday," adds Mel Harte. ' +
        '"It was colder than anyone expected that first winter," recalled Joan Pike.',
    );
    expect(got.map((s) => s.key)).toEqual(['mel harte', 'joan pike']);
  });
});
