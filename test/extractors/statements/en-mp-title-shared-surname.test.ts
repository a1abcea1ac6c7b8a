import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "Labour MP Jenny Carver" names a person, as "Senator Jenny Carver" does; and a surname two such persons share
 * ("Okafor said") is the one whose full name was written last before it, unless an honorific or a title is there
 * to tell them apart (invented sentences).
 */

describe('MP as a title, and a surname two persons share', () => {
  it('points a pronoun to the MP named in the paragraph before', () => {
    const got = statements(
      'But one of the lawyers, Marco Bellini, said that the talks could resume. || ' +
        'Labour MP Jenny Carver also attacked the minister over the strike. || ' +
        '"The island has lost a third of its crossings this winter," she told the Commons.',
    );
    expect(got.map((s) => [s.key, s.title])).toEqual([
      ['marco bellini', null],
      ['jenny carver', 'MP'],
    ]);
  });

  it('gives a bare surname to the person of that surname named last', () => {
    const got = statements(
      'Senator Paul Okafor and MP Mary Okafor both attended the vote. || ' +
        'Mary Okafor opened the debate on the harbour budget. || ' +
        '"The harbour needs a new breakwater before the winter storms," Okafor said.',
    );
    expect(got.map((s) => s.key)).toEqual(['mary okafor']);
  });

  it('does not take the first word of a description for a first name', () => {
    const got = statements(
      'In Eastfield, realtor Dana Pryce said the market had cooled. || ' +
        'Realtor Pryce said prices had fallen since the spring in the town. || ' +
        '"Look at how many times the house has been listed before you offer," Pryce said.',
    );
    // "Realtor Pryce" itself stays as written; the bare surname after it is not that "name".
    expect(got.at(-1)?.key).toBe('dana pryce');
  });

  it('leaves a surname with an honorific to no one when two persons share it', () => {
    const got = statements(
      'Senator Paul Okafor and MP Mary Okafor both attended the vote. || ' +
        'Mary Okafor opened the debate on the harbour budget. || ' +
        '"The harbour needs a new breakwater before the winter storms," Mr. Okafor said.',
    );
    expect(got.map((s) => s.key)).not.toContain('mary okafor');
  });
});
