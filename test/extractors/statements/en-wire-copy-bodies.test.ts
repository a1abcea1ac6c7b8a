import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/* Wire copy: a company's legal form without a period, and unnamed market people (invented sentences). */

describe('wire-copy speakers', () => {
  it('reads a name ending in "Co" as a company', () => {
    const got = statements('Westmark Shipping Co said it expects to report a loss for the year.');
    expect(got.map((s) => [s.name, s.key, s.kind])).toEqual([['Westmark Shipping Co', null, 'organisation']]);
  });

  it('reads "Bankers said" as unnamed people, not a person named Bankers', () => {
    const got = statements('Bankers said the new loan terms would be set by the end of the month.');
    expect(got.map((s) => [s.name, s.title])).toEqual([[null, 'Bankers']]);
  });
});
