import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "Jane Okafor thanked the volunteers. The concerned mother said …": a description opening its sentence with "The",
 * whose title fits no one named before, is the person the sentence before names, found like a pronoun's
 * (invented sentences).
 */

describe('a sentence-opening description points back to the person named before it', () => {
  it('"The concerned mother said" after a sentence naming Jane Okafor is hers', () => {
    const got = statements(
      'Jane Okafor thanked the volunteers who searched the riverbank on Sunday. The concerned mother said the school had never warned parents about the flooded path.',
    );
    expect(got.map((s) => s.key)).toEqual(['jane okafor']);
  });

  it('"The retired teacher said" after a sentence naming Tomas Brevik is his', () => {
    const got = statements(
      'Tomas Brevik trained alone at the club ground on Thursday. The retired teacher said his knee had healed faster than the doctors expected.',
    );
    expect(got.map((s) => s.key)).toEqual(['tomas brevik']);
  });

  it('a body\'s description ("The company said") is not the person named before', () => {
    const got = statements(
      'Tomas Brevik left the board of Northwind Freight on Thursday. The company said Brevik had resigned for personal reasons.',
    );
    expect(got.map((s) => s.key)).not.toContain('tomas brevik');
  });

  it('a person introduced with another title is not the description', () => {
    const got = statements(
      'Analyst Tomas Brevik expects a weak quarter. The retired teacher said his knee had healed faster than the doctors expected.',
    );
    expect(got.map((s) => s.key)).not.toContain('tomas brevik');
  });
});
