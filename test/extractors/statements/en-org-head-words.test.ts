import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * Words that open a body's name before "of"/"for" ("Bureau of …", "Centers for …", "Alliance of …"): the body is
 * the speaker, or the office a spokesman speaks for (invented sentences).
 */

describe('a body named "<head> of/for <name>"', () => {
  it('gives a spokesman the bureau he speaks for', () => {
    const got = statements('A Bureau of Land Records spokesman said Okafor had moved to a new office on Monday.');
    expect(got.map((s) => [s.name, s.title, s.org])).toEqual([[null, 'spokesman', 'Bureau of Land Records']]);
  });

  it('reads "according to the Centers for …" as the body', () => {
    const got = statements('Flu shots are safe for most children, according to the Centers for Child Health and Safety.');
    expect(got.map((s) => [s.org, s.kind])).toEqual([['Centers for Child Health and Safety', 'organisation']]);
  });

  it('reads an alliance of producers as the body that said the quote', () => {
    const got = statements('"We have made a fair offer," the Alliance of Valley Cheese Makers said in a statement.');
    expect(got.map((s) => [s.org, s.kind])).toEqual([['Alliance of Valley Cheese Makers', 'organisation']]);
  });
});
