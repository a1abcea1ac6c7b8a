import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * Reporting verbs as data (after GenderGapTracker's quote verb list): "testified" takes what was said as a clause,
 * and verbs such as "quipped" may stand before their subject after a quote (invented sentences).
 */

describe('more verbs of saying', () => {
  it('reads "testified that" as a statement of the witness', () => {
    const got = statements('At the inquest, engineer Tom Okafor testified that the dam had not been inspected for years.');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['tom okafor', 'the dam had not been inspected for years']]);
  });

  it('reads "…, X testified." after the clause', () => {
    const got = statements(
      'Tom Okafor drove the bus that night. The road should have been lit for at least a mile, Okafor testified.',
    );
    expect(got.map((s) => s.key)).toEqual(['tom okafor']);
  });

  it('reads a verb before its subject after a quote', () => {
    const got = statements(
      'Coach Lena Marsh retired on Friday. "It took me one day to miss the dressing room," quipped Marsh, who led the club for a decade.',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([['lena marsh', 'It took me one day to miss the dressing room']]);
  });
});
