import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "X suggested …" in reported speech puts forward advice or an idea, not a statement; a quote of the same
 * person stays a statement (invented sentences).
 */

describe('a suggestion', () => {
  it('is no statement when one person advises another', () => {
    const got = statements('At the range, former pitcher Dale Morrow suggested Tessa Lund hit a 3-wood into the wind.');
    expect(got).toEqual([]);
  });

  it('is no statement when an idea is put forward', () => {
    const got = statements(
      'The team captain, Jonah Reyes, visited his coach in hospital on Monday. || ' +
        'Coach Mira Sand suggested he might record a short video for the parents that was not too sad.',
    );
    expect(got).toEqual([]);
  });

  it('keeps what the same person said', () => {
    const got = statements('"The wind is far too strong for a driver today," Dale Morrow said after the round.');
    expect(got.map((s) => s.key)).toEqual(['dale morrow']);
  });
});
