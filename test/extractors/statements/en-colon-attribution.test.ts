import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * 'Jane Roe, Carver University: “…”': a full name opening its sentence, the name of its body after a comma, and a
 * colon give the quote after it to that person (invented sentences). The page needs a reporting word somewhere.
 */
const SAID = ' || Officials said the fair drew large crowds.';

describe('a name and a colon before a quote', () => {
  it('gives each quote of a tips box to the name before its colon', () => {
    const got = statements(
      'Two experts offer some tips: || Jane Roe, Carver University: “Ask friends for names. Give it a month.” || ' +
        'Omar Haddad, the University of Dunmore: “Pick someone you trust.”' +
        SAID,
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([
      ['jane roe', 'Ask friends for names. Give it a month.'],
      ['omar haddad', 'Pick someone you trust.'],
      [null, 'the fair drew large crowds'],
    ]);
  });

  it('takes a short description before the name', () => {
    const got = statements('The show returns in May. Channel Four controller Rita Moss: “It is a bold new start for the show.”' + SAID);
    expect(got.map((s) => [s.key, s.quote])[0]).toEqual(['rita moss', 'It is a bold new start for the show.']);
  });

  it('gives nothing to a name whose clause goes on to someone else’s words', () => {
    const got = statements('It was late. Pedro Alves, who lives across the road, heard a guard shout: “Stay inside! Stay inside!”' + SAID);
    expect(got.map((s) => s.key)).toEqual([null]);
  });

  it('gives nothing to a place before the colon', () => {
    const got = statements('The verdict came in Verona: “Guilty on all counts.”' + SAID);
    expect(got.map((s) => s.key)).toEqual([null]);
  });
});
