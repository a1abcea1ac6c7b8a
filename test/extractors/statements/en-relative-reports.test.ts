import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "X, who said …": a non-restrictive relative clause about a named person reports that person's statement; the
 * clause ends where the main clause resumes (", voted no"). A restrictive clause ("the people who said …") and a
 * person the engine cannot name stay without a statement (invented sentences).
 */

describe('a relative clause "X, who said …" about a named person', () => {
  it('gives the clause to the person before the comma', () => {
    const got = statements('Sen. Ellen Doyle, who told reporters the pier was unsafe for boats, voted against the plan.');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['ellen doyle', 'the pier was unsafe for boats']]);
  });

  it('reads it after a quote of the same person and a description', () => {
    const got = statements(
      '“The harbour is our living,” said Ellen Doyle, a fisher from Portree, who said the new rules would close two boatyards.',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([
      ['ellen doyle', 'The harbour is our living'],
      ['ellen doyle', 'the new rules would close two boatyards'],
    ]);
  });

  it('reads nothing from a restrictive clause or a bare surname', () => {
    expect(statements('The fishers who said the pier was unsafe were right about the storm.')).toEqual([]);
    expect(statements('In the end, Doyle, who said the pier was unsafe for boats, won the vote.')).toEqual([]);
  });
});
