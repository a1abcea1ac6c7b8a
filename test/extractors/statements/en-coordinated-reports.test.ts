import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/* A reporting verb after "and"/"but" shares the sentence's subject (invented sentences). */

describe('coordinated reporting verbs', () => {
  it('give the statement to the subject of the first verb phrase', () => {
    const got = statements(
      'Harbour master Ellen Doyle closed the quay to visitors and said: "The wall could give way at any moment."',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([['ellen doyle', 'The wall could give way at any moment.']]);
  });

  it('read "but said" after a denial, with an unnamed subject', () => {
    const got = statements('Some lawmakers opposed the budget, but said they would not block the vote on Friday.');
    expect(got.map((s) => [s.title?.toLowerCase(), s.quote])).toEqual([
      ['lawmakers', 'they would not block the vote on Friday'],
    ]);
  });

  it('add nothing when the second verb has a subject of its own', () => {
    const got = statements('Ellen Doyle closed the quay and the mayor criticised the decision on Friday.');
    expect(got).toEqual([]);
  });

  it('leave a subject read as a body alone', () => {
    const got = statements('The RNLI launched two boats, but said the crew could not reach the yacht before dark.');
    expect(got.every((s) => s.kind === 'person')).toBe(true);
  });
});
