import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * An office written as an acronym ("The QB said", "The MEC emphasised") speaks for a person, never for a body
 * named by the acronym (invented sentences).
 */

describe('an acronym title as the subject', () => {
  it('gives the office, not a body, when no person carries it', () => {
    const got = statements('The Hawks QB said the loss in the final still hurt him every single day.');
    expect(got.map((s) => [s.name, s.title, s.kind])).toEqual([[null, 'QB', 'person']]);
  });

  it('gives the person the page writes after the acronym', () => {
    const got = statements(
      'MEC Lerato Dube visited the flooded town on Monday. "The water is still rising," Dube said. The MEC emphasised that the roads would stay closed until Friday.',
    );
    expect(got.map((s) => [s.key, s.kind])).toEqual([
      ['lerato dube', 'person'],
      ['lerato dube', 'person'],
    ]);
  });

  it('leaves a body written as an acronym a body', () => {
    const got = statements('The FBI said the suspect had no known links to any group.');
    expect(got.map((s) => s.kind)).toEqual(['organisation']);
  });
});
