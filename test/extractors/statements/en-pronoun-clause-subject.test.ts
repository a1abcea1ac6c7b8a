import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "Each time, Sorensen stuck to the plan, which he said … . '…,' he said.": a person opening the pronoun's own
 * clause (at the sentence start or after a comma) is its person even when the sentence before named two people;
 * not in an aside right after a name ("Biden, he said, also …"), whose name is the topic (invented sentences).
 */

describe('a pronoun after the subject of its own clause', () => {
  it('takes the subject, and a later pronoun follows it', () => {
    const got = statements(
      'Leslie Holt pressed diplomat Mark Sorensen on the number of victims. ' +
        'The paper counted six times that Holt asked Sorensen for a figure. ' +
        'Each time, Sorensen stuck to the aims of the operation, which he said included the end of the raids. ' +
        '"If we need to strike again, we will strike again," he said.',
    );
    const last = got.find((s) => s.quote.startsWith('If we need'));
    expect(last?.key).toBe('mark sorensen');
  });

  it('does not give a pronoun in an aside to the name before it', () => {
    const got = statements(
      'Campaign spokesman Ben Harlow spoke to reporters on Monday. ' +
        'Mayor Anna Berg, he said, also "was the first mayor to visit the picket line in the city\'s history."',
    );
    expect(got.map((s) => s.key)).not.toContain('anna berg');
  });
});
