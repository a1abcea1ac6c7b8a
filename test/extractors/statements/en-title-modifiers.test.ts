import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * '"…," says study author Jane Roe': lower-case words before a lower-case title and a full name belong to the
 * title, so the verb before them is the speaker's (invented sentences).
 */

describe('lower-case words before a title after the verb', () => {
  it('gives the named speaker of a quote after "says study author"', () => {
    const got = statements('“Most patients slept better within a week,” says study author Laura Brennan, MD, a professor at Carver University.');
    expect(got.map((s) => [s.key, s.title, s.quote])).toEqual([
      ['laura brennan', 'study author', 'Most patients slept better within a week'],
    ]);
  });

  it('gives the named speaker of a clause after "said lead researcher"', () => {
    const got = statements('The new test finds the illness two years earlier, said lead researcher Omar Haddad, a chemist at Pinewood University.');
    expect(got.map((s) => [s.key, s.title, s.quote])).toEqual([
      ['omar haddad', 'lead researcher', 'The new test finds the illness two years earlier'],
    ]);
  });

  it('leaves a titled name inside the speaker’s description alone', () => {
    const got = statements('“The trial went well,” said Omar Haddad, who thanked senior researcher Lina Park.');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['omar haddad', 'The trial went well']]);
  });

  it('gives nothing for a lower-case word before a title with no full name after it', () => {
    const got = statements('“The trial went well,” said lead researcher.');
    expect(got).toEqual([]);
  });
});
