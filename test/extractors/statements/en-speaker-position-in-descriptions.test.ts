import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/* English speakers and descriptions, on invented text: where the speaker stands in the sentence. */

describe('a name inside a description is not the speaker', () => {
  it('goes to the full name that opens the sentence', () => {
    const got = statements(
      'Laura Pike, 48, a ferry captain for Harbour Lines near Dover in the Thames Estuary, said the crossing had never been this rough.',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([['laura pike', 'the crossing had never been this rough']]);
  });

  it('gives no statement when no name opens the sentence', () => {
    const got = statements('A ferry captain for Harbour Lines in the Thames Estuary said the crossing had never been this rough.');
    expect(got.every((s) => s.key !== 'thames estuary')).toBe(true);
  });
});

describe('one capitalised word the page writes as a body', () => {
  it('is an organisation when it has a capital inside it', () => {
    const got = statements('By noon, SeaLink said 12 of its 30 crossings were cancelled.');
    expect(got.map((s) => [s.name, s.kind])).toEqual([['SeaLink', 'organisation']]);
  });

  it('is an organisation when the page writes "the X" or "X, which"', () => {
    const got = statements(
      'Bookhouse, which owns three imprints, reached a deal with the retailer. || The Bookhouse catalogue grew. || Bookhouse said the deal would lower prices for readers.',
    );
    expect(got.map((s) => [s.name, s.kind])).toEqual([['Bookhouse', 'organisation']]);
  });

  it('stays a person when the page names someone by that one name', () => {
    const got = statements(
      'Sutrisno and his wife waited at the centre for news. || "He cries every time he watches the news," Sutrisno said.',
    );
    expect(got.map((s) => [s.name, s.kind])).toEqual([['Sutrisno', 'person']]);
  });
});

describe('the addressee of "told" at the end of a sentence', () => {
  it('is not what was said: the clause before the attribution is', () => {
    const got = statements('The field is regularly used as a helipad, a stadium spokesman told ABC station WXYZ-TV in Detroit.');
    expect(got.map((s) => [s.title, s.quote])).toEqual([['spokesman', 'The field is regularly used as a helipad']]);
  });
});

describe('reported speech opening with "and" and a participle', () => {
  it('is no statement of the name before it', () => {
    const got = statements('The mayor replied, describing the cuts the minister suggested and noting that new duties had been added to the city.');
    expect(got.every((s) => !s.quote.startsWith('and noting'))).toBe(true);
  });
});

describe('a later pronoun tied to a name read out of a description', () => {
  it('follows the speaker chosen for that sentence', () => {
    const got = statements(
      'Tom Pike, 56, a dock master for Marina Del Rey Sportfishing near Los Angeles in the Santa Monica Bay, said this was the best year he can remember. || "I have sailed here for thirty years and never seen this," he said.',
    );
    expect(got.map((s) => s.key)).toEqual(['tom pike', 'tom pike']);
  });
});

describe('a body named in several words', () => {
  it('is an organisation, not a person', () => {
    const got = statements('Highland Power Distribution said it had moved 300 engineers to the islands. || Traffic Wales said the bridge was closed.');
    expect(got.map((s) => [s.name, s.kind, s.key])).toEqual([
      ['Highland Power Distribution', 'organisation', null],
      ['Traffic Wales', 'organisation', null],
    ]);
  });
});

describe('a body named by capitalised words and a common noun, with no article', () => {
  it('speaks for itself', () => {
    const got = statements(
      'Kintyre council said every library in its area would stay shut on Monday. || Meanwhile, Leeds airport said it was expecting long delays to evening flights.',
    );
    expect(got.map((s) => [s.org, s.kind, s.quote])).toEqual([
      ['Kintyre council', 'organisation', 'every library in its area would stay shut on Monday'],
      ['Leeds airport', 'organisation', 'it was expecting long delays to evening flights'],
    ]);
  });
});

describe('an honorific and surname open the sentence before a description naming a band', () => {
  it('goes to the person, completed by the full name the page gives', () => {
    const got = statements(
      'Record boss Alan Marsh will produce the film. || Mr Marsh, who also worked with Blue Velvet, as well as the Silver Arrows, said he would "rather not" appear in it.',
    );
    expect(got.some((s) => s.key === 'silver arrows')).toBe(false);
  });
});

describe('a quote attributed over a parenthesis and a description', () => {
  it('goes to the full name at the head of the attribution, not to the previous speaker', () => {
    const got = statements(
      'The line will be finished by 2012, said Gov. Tom Ridge. || "Fewer people believe the plan worked than believe in ghosts," U.S. Rep. Ann Cole (R., Ohio), a member of the party leadership, said Sunday.',
    );
    expect(got.map((s) => s.key)).toEqual(['tom ridge', 'ann cole']);
  });
});
