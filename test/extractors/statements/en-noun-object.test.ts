import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * A reporting verb whose object is a noun phrase reports no statement: "announced their decision", "confirmed
 * plans to", and a game's score ("added three more goals", "responded just a minute later"); a reported clause
 * after the same verbs stays a statement (invented sentences).
 */

describe('a noun phrase, not a clause, after the verb', () => {
  it('is no statement after "announced their …"', () => {
    expect(statements('The Harbour Hawks announced their decision not to renew the coach’s contract for next season.')).toEqual([]);
  });

  it('is no statement after "confirmed plans to …"', () => {
    const got = statements(
      'The mayor faced new questions this week after the FBI confirmed plans to reopen its inquiry into the city’s contracts.',
    );
    expect(got).toEqual([]);
  });

  it('is no statement after a score', () => {
    const got = statements(
      'Westfield took the lead early in the first half. || ' +
        'Eastbrook responded just two minutes later with a header from the edge of the box. || ' +
        'Westfield added three more goals before the break to seal the game.',
    );
    expect(got).toEqual([]);
  });

  it('keeps a reported clause after the same verbs', () => {
    const got = statements('The club announced that the coach would stay on for two more seasons at the ground.');
    expect(got.map((s) => s.quote)).toEqual(['the coach would stay on for two more seasons at the ground']);
  });
});
