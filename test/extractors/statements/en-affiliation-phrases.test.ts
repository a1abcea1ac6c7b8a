import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "a spokesman for the ambulance service said": after an unnamed title's link word, the words right up to the
 * reporting verb (after a determiner, or from a capital) are the body it speaks for (invented sentences).
 */

describe('an unnamed title with a described body after "for"', () => {
  it('reads a lower-case body after a determiner', () => {
    const got = statements('A spokesman for the harbour authority said the pier would reopen on Monday.');
    expect(got.map((s) => [s.title, s.org, s.quote])).toEqual([
      ['spokesman', 'harbour authority', 'the pier would reopen on Monday'],
    ]);
  });

  it('reads capitalised and lower-case bodies after a determiner, the statement before them', () => {
    const union = statements('The ferry will not sail this week, a spokeswoman for the Service Ferry Workers Union said.');
    expect(union.map((s) => [s.title, s.org, s.quote])).toEqual([
      ['spokeswoman', 'Service Ferry Workers Union', 'The ferry will not sail this week'],
    ]);
    const pilots = statements('The ferry will not sail this week, a spokeswoman for the harbour pilots said.');
    expect(pilots.map((s) => s.org)).toEqual(['harbour pilots']);
  });

  it('keeps a relative clause out of the body', () => {
    const got = statements('A spokesman for the family who said nothing else was seen near the harbour.');
    expect(got.map((s) => s.org)).not.toContain('family who');
  });
});
