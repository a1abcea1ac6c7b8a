import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "<subject> <its own clause>, claiming that <clause>": a participle of saying after the comma reports what the
 * sentence's subject said (invented sentences).
 */

describe('a participle of saying after the subject’s own clause', () => {
  it('gives the subject’s statement when the subject is a named person', () => {
    const got = statements('Governor Lena Hart thanked the volunteers for their work, saying the town will rebuild the bridge by spring.');
    expect(got.map((s) => [s.key, s.quote])).toEqual([['lena hart', 'the town will rebuild the bridge by spring']]);
  });

  it('gives a body’s statement', () => {
    const got = statements(
      'Northwind Airlines stopped selling the cheap fares in May, claiming that travellers overwhelmingly prefer flexible tickets.',
    );
    expect(got.map((s) => [s.org, s.quote])).toEqual([['Northwind Airlines', 'travellers overwhelmingly prefer flexible tickets']]);
  });

  it('gives nothing when another person stands in the subject’s clause', () => {
    const got = statements('Coach Ida Berg benched striker Tomas Vik for the final, saying the team needed fresh legs.');
    expect(got).toEqual([]);
  });

  it('gives nothing when the participle takes a noun object', () => {
    const got = statements('Mayor Ruth Alder opened the new library on Friday, adding a reading room for children.');
    expect(got).toEqual([]);
  });
});
