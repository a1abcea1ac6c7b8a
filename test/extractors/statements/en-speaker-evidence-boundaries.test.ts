import { describe, expect, it } from 'vitest';
import { enStatementExtractor } from '../../../src/extractors/en/statements/index.js';
import { enStatements as statements } from '../../support/en-statements.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * Speaker evidence stops at a sentence or line boundary, and a body is no speaker where a person heads the
 * attribution (invented sentences, one or more per shape).
 */

function withHeadline(headline: string, body: string[]): Array<[string | null, string]> {
  const doc = docFromText([headline, ...body], { lang: 'en' });
  return enStatementExtractor.extract(doc).flatMap((f) => (f.type === 'statement' ? [[f.speaker.key, f.quote]] : []));
}

describe('a Title Case headline', () => {
  it('lends no first name to a surname of the body', () => {
    const got = withHeadline('Harbour Plan Gives Doyle Power To Close Quay', [
      'Mr. Doyle said on Tuesday that the quay would stay closed until the wall is repaired.',
    ]);
    expect(got).toHaveLength(1);
    expect(got[0]![0]).not.toBe('gives doyle');
  });

  it('still lets the body complete the surname', () => {
    const got = withHeadline('Harbour Plan Gives Doyle Power To Close Quay', [
      'Ellen Doyle runs the harbour.',
      'Mr. Doyle said on Tuesday that the quay would stay closed until the wall is repaired.',
    ]);
    expect(got.map((g) => g[0])).toEqual(['ellen doyle']);
  });
});

describe('a photo credit or caption line', () => {
  it('is no person a later pronoun points to', () => {
    const got = statements(
      'Harbour master Ellen Doyle said the quay would stay closed. || "The wall could give way at any moment." || Tom Baker || She said repairs would take a month.',
    );
    expect(got.map((s) => s.key)).not.toContain('tom baker');
    expect(got.find((s) => s.quote.startsWith('repairs'))?.key).toBe('ellen doyle');
  });

  it('with a slash credit, leaves the body in it out too', () => {
    const got = statements('Supplied/ Harbour Works || She said the repairs would take at least a month.');
    expect(got.map((s) => s.name)).not.toContain('Harbour Works');
  });

  it('still makes its full name a person the body may mention', () => {
    // The credit line is no antecedent itself, but the name in it is a person: the body's later mention of her
    // (not in a subject position) is the one the pronoun points to.
    const got = statements(
      'Tom Baker said the council would pay. || Ellen Doyle || The council met Ellen Doyle on Monday. || She said the wall was old.',
    );
    expect(got.find((s) => s.quote.startsWith('the wall'))?.key).toBe('ellen doyle');
  });
});

describe('a quote that ends its sentence', () => {
  it('is not attributed by the next sentence, which reports on its own', () => {
    const got = statements(
      'Ellen Doyle said the repair plan was "a good one for everyone." Tom Baker said the council would pay for it.',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([
      ['ellen doyle', 'the repair plan was "a good one for everyone."'],
      ['tom baker', 'the council would pay for it'],
    ]);
  });

  it('keeps the usual comma attribution', () => {
    const got = statements('"The wall could give way at any moment," Ellen Doyle said.');
    expect(got.map((s) => s.key)).toEqual(['ellen doyle']);
  });

  it('keeps a later quote with its own colon intro apart', () => {
    const got = statements(
      'Ellen Doyle runs the harbour. || "I do not run the works. I partner with builders," she says. "I get it started." She then adds: "The quay thrived without me."',
    );
    expect(got.filter((s) => s.quote.includes('The quay thrived'))).toHaveLength(1);
    expect(got.find((s) => s.quote.includes('The quay thrived'))?.quote).not.toContain('I do not run');
  });
});

describe('a body where a person heads the attribution', () => {
  it('reads "said NYU\'s Donefer" as the person, completed by the page', () => {
    const got = statements(
      'Bernard Donefer teaches at NYU. || "We have a very complex financial system," said NYU\'s Donefer.',
    );
    expect(got.map((s) => [s.key, s.org, s.kind])).toEqual([['bernard donefer', 'NYU', 'person']]);
  });

  it('reads a place in the description as no speaker', () => {
    const got = statements(
      'Eddie Foreman, 40, of Opelika, Alabama, who has a part-time job at a restaurant, said better-paying jobs are not coming back.',
    );
    expect(got.map((s) => [s.key, s.kind])).toEqual([['eddie foreman', 'person']]);
  });

  it('leaves "according to the Ministry of Health" a body', () => {
    const got = statements('Cases rose by a third last week, according to the Ministry of Health.');
    expect(got.every((s) => s.kind === 'organisation')).toBe(true);
  });
});

describe('a name in apposition to a body noun', () => {
  it('is that body speaking, set off by commas', () => {
    const got = statements('The other big opposition party, Labour, said it would back the motion on Friday.');
    expect(got.map((s) => [s.name, s.kind])).toEqual([['Labour', 'organisation']]);
  });

  it('is that body speaking, right after its description', () => {
    const got = statements('Dutch football club and former cup winner Ajax Rotterdam has warned it could go bankrupt this year.');
    expect(got.map((s) => s.kind)).toEqual(['organisation']);
  });

  it('stays a person after a fronted phrase or a title', () => {
    const a = statements('Speaking to the local newspaper, Ellen Doyle said the quay would stay closed for a month.');
    const b = statements('Asked about the party, Ellen Doyle said it had been a success for the whole town.');
    expect([...a, ...b].map((s) => [s.key, s.kind])).toEqual([
      ['ellen doyle', 'person'],
      ['ellen doyle', 'person'],
    ]);
  });
});
