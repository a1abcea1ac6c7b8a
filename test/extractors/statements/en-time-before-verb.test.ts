import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "X on Sunday said …": a day or a recent period may stand between the subject and its reporting verb.
 * Not before "announced", whose object is mostly a thing, not a clause (invented sentences).
 */

describe('a time phrase between the speaker and the verb', () => {
  it('keeps the speaker', () => {
    const got = statements('Prime Minister Ellen Doyle on Sunday said the harbour would reopen next month.');
    expect(got).toHaveLength(1);
    expect(got[0]!.key).toBe('ellen doyle');
    expect(got[0]!.quote).toBe('the harbour would reopen next month');
  });

  it('with a part of the day or a recent week', () => {
    const a = statements('Mayor Ellen Doyle on Friday morning warned that the river could flood the old town.');
    const b = statements('Mayor Ellen Doyle last week told reporters that the bridge was unsafe for lorries.');
    expect(a.map((s) => s.key)).toEqual(['ellen doyle']);
    expect(b.map((s) => s.quote)).toEqual(['the bridge was unsafe for lorries']);
  });

  it('but "on Wednesday announced" a thing is no statement', () => {
    const got = statements('Federal prosecutors on Wednesday announced three arrests tied to a smuggling ring in the port.');
    expect(got).toEqual([]);
  });
});
