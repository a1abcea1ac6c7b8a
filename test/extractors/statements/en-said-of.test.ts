import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * 'X said of <topic>, "…"': the "of" phrase names what the quote is about; the quote is X's. Without a quote
 * after it, "said of" introduces nothing (invented sentences).
 */

describe('a topic "said of …" between the verb and its quote', () => {
  it('gives the quote after a comma to the speaker', () => {
    const got = statements('In the interview, Ellen Doyle said of the harbour master, "He never once asked the fishers."');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['ellen doyle', 'He never once asked the fishers.']]);
  });

  it('gives the quote after a colon to the speaker', () => {
    const got = statements('Harbour master Ellen Doyle said of the new pier: “It will not survive another winter.”');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['ellen doyle', 'It will not survive another winter.']]);
  });

  it('reads nothing when no quote follows the topic', () => {
    expect(statements('Ellen Doyle said of the plan that it was too late for this winter.').map((s) => s.quote)).not.toContain(
      'the plan',
    );
  });
});
