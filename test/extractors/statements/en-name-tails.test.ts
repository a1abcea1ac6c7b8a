import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "says Vega Ruiz" after "architect Marisol Vega Ruiz", "Varga told" after "Petra Holm-Varga": a later reference made
 * of the last words of one earlier full name is that person, not a person of its own (invented sentences).
 */

describe('a later reference made of the tail of an earlier full name is that person', () => {
  it('"says Vega Ruiz" after "architect Marisol Vega Ruiz" is hers', () => {
    const got = statements(
      '“We had never drawn a library before,” says architect Marisol Vega Ruiz, who worked on the annex for two years. “We wanted the reading room to fill with light from every side,” says Vega Ruiz.',
    );
    const keys = got.map((s) => s.key);
    expect(keys).toContain('marisol vega ruiz');
    expect(keys).not.toContain('vega ruiz');
  });

  it('"Varga told reporters" after "Petra Holm-Varga" is hers', () => {
    const got = statements(
      'Council leader Petra Holm-Varga opened the session on Monday. "We have waited long enough for this bridge," Varga told reporters after the vote.',
    );
    expect(got.map((s) => s.key)).toEqual(['petra holm-varga']);
  });

  it('a tail that two earlier persons share names neither of them', () => {
    const got = statements(
      'Ana Lima Costa runs the bakery on Dock Street. Rui Lima Costa, her cousin, runs the café next door. "We bake everything before dawn," says Lima Costa.',
    );
    const keys = got.map((s) => s.key);
    expect(keys).not.toContain('ana lima costa');
    expect(keys).not.toContain('rui lima costa');
  });

  it('a tail written with its own title introduces someone, not a reference back', () => {
    const got = statements(
      'Carmen Ibarra Gil opened the book fair on Monday. Fair president Ibarra Gil said the fair had drawn more visitors than last year.',
    );
    expect(got.map((s) => s.key)).not.toContain('carmen ibarra gil');
  });

  it('a tail of three words is a full name of its own', () => {
    const got = statements(
      'Treasurer Miguel Daniel Soto Reyes presented the accounts on Friday. "The club has no debt left," Daniel Soto Reyes told members.',
    );
    expect(got.map((s) => s.key)).toEqual(['daniel soto reyes']);
  });
});
