import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/* English attribution by a body's common noun, plural and indirect reports, added reports; invented text. */

describe('English attribution by a common noun, plural subjects and indirect questions', () => {
  it('gives a body named by a common noun its statement, after or before the clause', () => {
    const after = statements('The jet had been serviced in early March, the carrier said on Friday.');
    expect(after.map((s) => [s.name, s.org, s.kind, s.quote])).toEqual([
      [null, 'carrier', 'organisation', 'The jet had been serviced in early March'],
    ]);
    const before = statements('The Canadian military said two ships would reach the area by Sunday.');
    expect(before.map((s) => [s.org, s.quote])).toEqual([['Canadian military', 'two ships would reach the area by Sunday']]);
    const quoted = statements('"Every passenger will be contacted," the Welsh government said in a statement.');
    expect(quoted.map((s) => [s.org, s.direct, s.quote])).toEqual([['Welsh government', true, 'Every passenger will be contacted']]);
  });

  it('never takes a body noun before a person title for the person', () => {
    const got = statements('"We grieve with the families," airline chief Tom Baker said.');
    expect(got.every((s) => s.org !== 'airline')).toBe(true);
  });

  it('reads plural subjects in the present tense', () => {
    const got = statements('Critics argue that the new rule will push small farms out of business.');
    expect(got.map((s) => [s.title, s.quote])).toEqual([['Critics', 'the new rule will push small farms out of business']]);
  });

  it('drops an indirect question: what was talked about is not what was said', () => {
    expect(statements('The Basel Committee announced how much capital the banks should hold.')).toEqual([]);
  });
});

describe('a quote with its own attribution', () => {
  it('goes to the full name of that attribution, not to the previous speaker', () => {
    const got = statements(
      'Navy spokesman Hadi Rahman said the search would resume at dawn. || "Our thoughts are with every family," ferry boss Tony Ferris tweeted.',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([
      ['hadi rahman', 'the search would resume at dawn'],
      ['tony ferris', 'Our thoughts are with every family'],
    ]);
  });
});

describe('a participle of saying after an attribution', () => {
  it('reports a second statement of the same speaker', () => {
    const got = statements(
      '"Every sample came back clean," Dana Whitfield said, adding that the tests did not cover the older wells.',
    );
    expect(got.map((s) => [s.key, s.direct, s.quote])).toEqual([
      ['dana whitfield', true, 'Every sample came back clean'],
      ['dana whitfield', false, 'the tests did not cover the older wells'],
    ]);
  });

  it('splits reported speech at "adding that"', () => {
    const got = statements(
      'Ministry spokeswoman Mai Lan said she had not seen the report, adding that the ministry would review every complaint.',
    );
    expect(got.map((s) => s.quote)).toEqual(['she had not seen the report', 'the ministry would review every complaint']);
  });
});
