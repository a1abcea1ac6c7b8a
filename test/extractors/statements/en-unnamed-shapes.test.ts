import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/* English page shapes, on invented text: who speaks when the page does not name them simply. */

const keys = (text: string): Array<string | null> => statements(text).map((s) => s.key);

describe('English speakers the page does not name simply', () => {
  it('reads past a description between two dashes, or of how the speaker spoke, to the verb', () => {
    expect(keys('Mayor Ann Lee spoke. || Lee — who had denied it only last week — conceded that the plan had failed.')).toEqual([
      'ann lee',
    ]);
    expect(
      keys('Tom Ward, speaking in an interview with a local radio station in Ohio, said he planned to meet the governor.'),
    ).toEqual(['tom ward']);
    const adverb = statements('Officials, however, said only five people were hurt in the fire.');
    expect(adverb.map((s) => [s.name, s.title])).toEqual([[null, 'Officials']]);
  });

  it('takes unknown capitalised words before a lower-case title as the organisation, not the name', () => {
    const got = statements('"It would be better to vote now," said Fianna Fail lawmaker Charlie Byrne.');
    expect(got.map((s) => [s.key, s.org])).toEqual([['charlie byrne', 'Fianna Fail']]);
  });

  it('ties a lone surname to the one full name the page writes with it', () => {
    expect(keys('Senators Lamar Jones and Bob Corker backed the pact. || "It is safer," said Mr. Jones.')).toEqual([
      'lamar jones',
    ]);
    // A lone word the page never writes after a first name stays as written.
    expect(statements('"It is safer," said Mr. Jones.').map((s) => [s.name, s.key])).toEqual([['Jones', null]]);
  });

  it('reads counted and plural unnamed people as titles, not names', () => {
    const got = statements(
      'The fighters came back at night. || Fighters said they had obtained new missiles. || ' +
        '"Normal life is a luxury," one resident said. || "Kaine in a blowout," an Iowa Republican predicted.',
    );
    expect(got.map((s) => [s.name, s.title])).toEqual([
      [null, 'Fighters'],
      [null, 'resident'],
      [null, 'Republican'],
    ]);
  });

  it('reads a few words between the determiner and the title as a description of an unnamed speaker', () => {
    const got = statements(
      '"Pence will win," said a New Hampshire Republican, who, like all insiders, answered anonymously. || ' +
        'Some Fianna Fail lawmakers said they were obliged to vote for the budget.',
    );
    expect(got.map((s) => [s.name, s.title])).toEqual([
      [null, 'Republican'],
      [null, 'Lawmakers'],
    ]);
  });

  it('gives the quote, not the title after it, when an appositive name follows', () => {
    const got = statements('"Coach Cable was informed," his agent, Don Yee, said.');
    expect(got.map((s) => [s.key, s.quote, s.direct])).toEqual([['don yee', 'Coach Cable was informed', true]]);
  });
});

describe('English sentences that report nothing of one speaker', () => {
  it.each([
    ['a restrictive relative report', 'The deal, which some Republicans said poisoned the talks, passed on Tuesday.'],
    ['a party adjective before a noun', 'Roosevelt blasted recent Republican claims that the program is in trouble.'],
    ['a named person and another at once', 'Earl Hypolite and Naomi Zitt-James say they are looking to buy a house.'],
    ['a promise with a weekday before it', 'Democrats pledged Friday to keep the program in place for years.'],
    ['a request', 'The lawyer asked the jury to consider why the man had left the house.'],
    ['a law', 'The law being challenged, the Legal Arizona Workers Act, says a company could lose its license.'],
  ])('%s', (_shape, text) => {
    expect(statements(text)).toEqual([]);
  });

  it('reports the clause a quoted term closes, not the term alone', () => {
    const got = statements(
      'Tom Hale spoke in Lincoln. || The economy grew by 3.2 percent in the year after the "Great Recession," Hale said.',
    );
    expect(got.map((s) => [s.key, s.direct, s.quote])).toEqual([
      ['tom hale', false, 'The economy grew by 3.2 percent in the year after the "Great Recession,"'],
    ]);
  });

  it('still reports what follows a weekday after the verb', () => {
    const got = statements('Prime Minister Brian Cowen announced Saturday that he has resigned as party leader.');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['brian cowen', 'he has resigned as party leader']]);
  });
});
