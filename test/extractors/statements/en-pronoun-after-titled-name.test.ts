import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "The mayor of Portwell, Jane Okafor, comforted the families. '…,' she said.": the full name set off by commas
 * after a title with no name is a person of the page, so a pronoun after it points to her and not to someone
 * named sentences before (invented sentences).
 */

describe('a name set off after a title, then a pronoun', () => {
  it('gives the pronoun to the titled name, not to an earlier speaker', () => {
    const got = statements(
      'A rare blue crab was caught near the pier, said Tom Brennick, a curator at the Harbour Museum. ' +
        'The mayor of Portwell, Jane Okafor, visited the pier on Sunday. ' +
        '"It belongs to all of us now," she said.',
    );
    const quote = got.find((s) => s.quote.startsWith('It belongs'));
    expect(quote?.key).toBe('jane okafor');
  });

  it('keeps a name after a title and a place, between commas', () => {
    const got = statements(
      'The chief engineer at Dockside Repairs, Paul Mendel, inspected the wall. "It will hold for a decade," he said.',
    );
    expect(got.map((s) => s.key)).toEqual(['paul mendel']);
  });

  it('does not make a listed name a person', () => {
    const got = statements(
      'Tom Brennick said the crab was rare. Visitors came from Portwell, Jane Okafor Park and the harbour. ' +
        '"We will keep it in a tank," he said.',
    );
    expect(got.map((s) => s.key)).toEqual(['tom brennick', 'tom brennick']);
  });
});
