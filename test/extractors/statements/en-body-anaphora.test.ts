import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "The company said …" after "Harbourline said …": a definite body noun points back to the body that spoke last.
 * With no named body before it, or only a country, it keeps its bare noun (invented sentences).
 */

describe('"the company" / "the group" after a named body', () => {
  it('takes the body that spoke last', () => {
    const got = statements(
      'Harbourline Inc. runs the ferries. Harbourline said it would close four ferry routes next spring. || The company said the routes had lost money for a decade.',
    );
    expect(got.map((s) => [s.name, s.kind, s.quote])).toEqual([
      ['Harbourline', 'organisation', 'it would close four ferry routes next spring'],
      ['Harbourline', 'organisation', 'the routes had lost money for a decade'],
    ]);
  });

  it('keeps the bare noun with no named body before it', () => {
    const got = statements('The company said the routes had lost money for a decade.');
    expect(got.map((s) => [s.name, s.title, s.quote])).toEqual([[null, 'company', 'the routes had lost money for a decade']]);
  });
});
