import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "Senator Angus King said": after a title, a given name and a one-word title that heads no name of its own
 * ("King", "Judge", "Bishop") make a full name; with a capital, "of" or "for" after it the word stays a title
 * (invented sentences).
 */

describe('a one-word title after a given name as the surname', () => {
  it('reads "Senator Ellis King" as the full name', () => {
    const a = statements('"The bill will pass," said Senator Ellis King.');
    const b = statements('Councilwoman Dana Bishop said the library would stay open.');
    expect(a.map((s) => [s.key, s.title])).toEqual([['ellis king', 'Senator']]);
    expect(b.map((s) => s.key)).toEqual(['dana bishop']);
  });

  it('lets a later surname reach the same person', () => {
    const rows = statements('Senator Ellis King said the bill would pass. || "It is time," King said.');
    expect(rows.map((s) => s.key)).toEqual(['ellis king', 'ellis king']);
  });

  it('leaves a title heading its own name or body alone', () => {
    const of = statements('Senator Ellis King of Maine said the bill would pass.');
    const named = statements('Senator Ellis met King Harald, who said the bill would pass.');
    expect(of.map((s) => s.key)).not.toContain('ellis king');
    expect(named.map((s) => s.key)).not.toContain('ellis king');
  });
});
