import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "…, X said, and …": an attribution set off inside a sentence, followed by a clause joined on with a
 * conjunction. The statement is the clause before the attribution, going on with the joined one; the joined
 * clause alone is not what was said (invented sentences).
 */

describe('a clause joined on after a mid-sentence attribution', () => {
  it('goes with the clause before the attribution', () => {
    const got = statements(
      'Ellen Doyle runs the harbour. During the storm the water rose by two metres, Doyle said, and that must never happen again.',
    );
    expect(got).toHaveLength(1);
    expect(got[0]!.key).toBe('ellen doyle');
    expect(got[0]!.quote).toMatch(/^During the storm the water rose by two metres/u);
  });

  it('with a subordinator too', () => {
    const got = statements(
      'Ellen Doyle runs the harbour. Divers would also search the wreck on Monday, Doyle added, although the water is still murky.',
    );
    expect(got.map((s) => s.quote.slice(0, 30))).toEqual(['Divers would also search the w']);
  });

  it('is no statement when nothing of its own stands before the attribution', () => {
    const got = statements('Ellen Doyle runs the harbour. Then, Doyle said, and the crowd cheered.');
    expect(got.map((s) => s.quote)).not.toContain('and the crowd cheered');
  });
});
