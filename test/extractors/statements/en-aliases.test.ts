import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "Ada Bello, popularly known as Adabee": a stage name or nickname the page gives a person is that person when
 * the page later writes it alone as a speaker. A bare "known as" names things and is not read (invented sentences).
 */

describe('an alias given after a full name', () => {
  it('stands for the full name ("popularly known as")', () => {
    const got = statements(
      'Gospel singer, Adaeze Bello, popularly known as Adabee, opened a school in Enugu on Friday. || “Music saved my life,” Adabee said.',
    );
    expect(got.map((s) => [s.name, s.key])).toEqual([['Adaeze Bello', 'adaeze bello']]);
  });

  it('stands for the full name ("aka")', () => {
    const got = statements('Senator Tunde Arowolo aka Jester toured Lagos last month. || “I never stop travelling,” Jester said.');
    expect(got.map((s) => s.key)).toEqual(['tunde arowolo']);
  });

  it('leaves a lone word alone when two full names carry the alias', () => {
    const got = statements(
      'Kemi Ojo, also known as Star, met Bola Ade, also known as Star, in Abuja. || “We are friends,” Star said.',
    );
    expect(got.map((s) => s.key)).not.toContain('kemi ojo');
    expect(got.map((s) => s.key)).not.toContain('bola ade');
  });

  it('does not read a bare "known as"', () => {
    const got = statements('Farmers in Green Valley, known as Harrow, met on Monday. || “The rain came late,” Harrow said.');
    expect(got.map((s) => s.key)).not.toContain('green valley');
  });
});
