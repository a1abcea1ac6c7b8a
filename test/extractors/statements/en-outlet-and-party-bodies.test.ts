import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * A name ending in "News" is an outlet's, and one ending in a party's members ("Conservatives", "Greens") is a
 * party's: both are organisations, never a person with that name (invented sentences).
 */

describe('an outlet or a party by its members as the speaker', () => {
  it('reads an outlet ending in "News" as an organisation', () => {
    const got = statements('Harbourside News reported that the ferry timetable would be cut by half over the winter.');
    expect(got.map((s) => [s.name, s.key, s.kind])).toEqual([['Harbourside News', null, 'organisation']]);
  });

  it('reads a party named by its members as an organisation', () => {
    const got = statements('The Welsh Greens said the council must publish the full cost of the new bypass.');
    expect(got.map((s) => [s.name, s.key, s.kind])).toEqual([['Welsh Greens', null, 'organisation']]);
  });

  it('still reads a two-word person name as a person', () => {
    const got = statements('Marta Olsen said the council must publish the full cost of the new bypass.');
    expect(got.map((s) => [s.name, s.kind])).toEqual([['Marta Olsen', 'person']]);
  });
});
