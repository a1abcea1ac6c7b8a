import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/* English page shapes, on invented text: whose words they are, and which words. */

describe('English attribution shapes of real news pages', () => {
  it('never reads a US state into a name after a title', () => {
    const got = statements('"The ring was built on secrecy," U.S. Attorney for Ohio Mary Beth Clark said on Friday.');
    expect(got.map((s) => s.key)).toEqual(['mary beth clark']);
  });

  it('takes police, an office and unnamed kin as speakers', () => {
    const police = statements('Tests confirmed a high level of the drug in his blood, police said.');
    expect(police.map((s) => s.title?.toLowerCase())).toEqual(['police']);
    const office = statements('The park will reopen next month, Mayor Lee’s office said in a statement.');
    expect(office.map((s) => [s.key, s.title])).toEqual([[null, 'office']]);
    const kin = statements('"She was a kind little girl," said the grandmother, who did not give her name.');
    expect(kin.map((s) => [s.key, s.title, s.quote])).toEqual([[null, 'grandmother', 'She was a kind little girl']]);
  });

  it('reads "allege" as reporting a charge', () => {
    const got = statements('Prosecutors allege that the scheme ran for at least three years.');
    expect(got.map((s) => [s.title, s.quote])).toEqual([['Prosecutors', 'the scheme ran for at least three years']]);
  });

  it("gives a possessor's neighbour the quote, not the possessor", () => {
    const named = statements('"Nobody saw it coming," said Harper’s neighbor, Tom Reyes, who lives across the street.');
    expect(named.map((s) => [s.key, s.title])).toEqual([['tom reyes', 'neighbor']]);
    const unnamed = statements('"Nobody saw it coming," said Harper’s neighbor.');
    expect(unnamed.map((s) => [s.name, s.title])).toEqual([[null, 'neighbor']]);
  });

  it('reports the clause before an attribution that a noun phrase follows', () => {
    const got = statements('Some 900 jobs will be added at the plant by 2026, Wilson said, a reversal of last year’s cuts.');
    expect(got.map((s) => s.quote)).toEqual(['Some 900 jobs will be added at the plant by 2026']);
    const quoted = statements('"We are all heartbroken," one of the boy’s aunts said Monday, a day after the funeral.');
    expect(quoted.map((s) => [s.title, s.quote, s.direct])).toEqual([['aunts', 'We are all heartbroken', true]]);
  });

  it('keeps a body word before a person title a person, and finds the full name of a titled surname', () => {
    const got = statements(
      '"We are sure the plan is lawful," says company spokesperson Dana Obst. || "We will keep talking to them," Acme spokesperson Obst says.',
    );
    expect(got.map((s) => [s.key, s.kind])).toEqual([
      ['dana obst', 'person'],
      ['dana obst', 'person'],
    ]);
  });

  it('attributes a clause to an according-to source a long description follows', () => {
    const got = statements(
      'The ruling was never binding, according to Lena Voss, German privacy lawyer and founder of the group Datenrecht.',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([['lena voss', 'The ruling was never binding']]);
  });

  it('gives a quoted term closing a clause the whole clause when the verb comes before the name', () => {
    const got = statements(
      'The rise in overdoses is “deeply alarming,” said Dr. Ana Ruiz, a professor of public health, whose work is on opioids.',
    );
    expect(got.map((s) => [s.key, s.direct])).toEqual([['ana ruiz', false]]);
    expect(got[0]?.quote).toContain('The rise in overdoses is');
  });

  it('does not take the appositive of a name after a preposition as its description', () => {
    const got = statements('The deal is close to the one the workers reached with Ford, the union said.');
    expect(got.map((s) => [s.name, s.title])).toEqual([[null, 'union']]);
  });
});
