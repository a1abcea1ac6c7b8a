import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "A Transport Ministry official said …. '…,' he said.": a pronoun whose only antecedent is an unnamed speaker is
 * that speaker; the statement keeps the speaker's title (and body), and no name (invented sentences).
 */

describe('a pronoun after an unnamed speaker is that speaker', () => {
  it('"he said" after "The official said" keeps the official', () => {
    const got = statements(
      'A Transport Ministry official told reporters that the ferry route would reopen in March. The official said the ministry had not yet chosen an operator. "The hardest question now is the timetable," he said.',
    );
    const last = got.find((s) => s.quote.includes('hardest question'));
    expect(last).toMatchObject({ key: null, name: null, title: 'official' });
  });

  it('"she said" after "a spokeswoman for the union said" keeps the spokeswoman', () => {
    const got = statements(
      'The dockworkers walked out on Tuesday, a spokeswoman for the Harbour Workers Union said. || "Nobody wanted this strike to last a week," she said.',
    );
    const last = got.find((s) => s.quote.includes('Nobody wanted'));
    expect(last).toMatchObject({ key: null, name: null, title: 'spokeswoman' });
  });

  it('a pronoun of the other gender does not take the unnamed speaker', () => {
    const got = statements(
      'The dockworkers walked out on Tuesday, a spokesman for the Harbour Workers Union said. || "Nobody wanted this strike to last a week," she said.',
    );
    expect(got.find((s) => s.quote.includes('Nobody wanted'))?.title ?? null).not.toBe('spokesman');
  });

  it('with a person named not far before, the pronoun does not take the unnamed speaker', () => {
    const got = statements(
      'Dana Whitlock, who chairs the harbour board, said the pier would close. "It is the safest choice," said the harbour board chair. || "We will reopen it in the spring," she said.',
    );
    const last = got.find((s) => s.quote.includes('reopen it in the spring'));
    const unnamed = got.find((s) => s.quote.includes('safest choice'));
    expect(unnamed?.key ?? null).toBeNull();
    expect(last === undefined || last.key !== null).toBe(true);
  });
});
