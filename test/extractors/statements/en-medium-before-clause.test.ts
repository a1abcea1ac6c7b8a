import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "X said in an email the cost …": the medium of a statement (in a statement, an email, an interview; on Twitter)
 * may stand between the verb and a clause with no "that", which must open right after it (invented sentences).
 */

describe('a medium between the verb and a clause without "that"', () => {
  it('keeps the clause after "in a statement" and "in an email"', () => {
    const a = statements('Council spokesman Peter Lindqvist said in an email the repairs would cost about $40,000.');
    const b = statements('Harbour director Ellen Doyle said in a statement the ferry would resume on Friday.');
    expect(a.map((s) => [s.key, s.quote])).toEqual([['peter lindqvist', 'the repairs would cost about $40,000']]);
    expect(b.map((s) => s.quote)).toEqual(['the ferry would resume on Friday']);
  });

  it('after a channel, an addressee of a closed class and a weekday', () => {
    const a = statements('Coach Maria Fenwick said on Twitter the team would appeal the ban.');
    const b = statements('Mayor Tom Brennick told reporters on Monday the bridge would stay closed.');
    const c = statements('Mayor Tom Brennick said in a statement to reporters the bridge would stay closed.');
    expect(a.map((s) => s.key)).toEqual(['maria fenwick']);
    expect(b.map((s) => s.quote)).toEqual(['the bridge would stay closed']);
    expect(c.map((s) => s.quote)).toEqual(['the bridge would stay closed']);
  });

  it('leaves a medium with a named addressee, or no clause after it, alone', () => {
    const named = statements(
      '"The fares are too high," said union leader Sam Ortega. ' +
        'The union also said in a letter to Secretary Richard Lowe and Representative Anna Berg.',
    );
    expect(named.map((s) => s.quote)).toEqual(['The fares are too high']);
    expect(statements('Mayor Tom Brennick said in a statement.')).toEqual([]);
  });

  it('still reads "in a statement released on Tuesday that …" through its "that"', () => {
    const got = statements('Mayor Tom Brennick said in a statement released on Tuesday that the bridge would reopen.');
    expect(got.map((s) => s.quote)).toEqual(['the bridge would reopen']);
  });
});
