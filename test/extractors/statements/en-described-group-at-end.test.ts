import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "…, city officials said.", "…, according to Israeli officials.": words describing an unnamed group at a
 * sentence's end (a place, a department, a nationality) keep the clause before the comma its statement; a
 * conjunction or preposition among them does not, nor does one person described ("a … expert"), whom the
 * article may name later (invented sentences).
 */

describe('an unnamed speaker described at the end of a sentence', () => {
  it('takes the clause before ", <words> officials said"', () => {
    const a = statements('The ferry will resume service on Friday, harbour officials said.');
    const b = statements('The clinic will close in March, senior health officials said.');
    expect(a.map((s) => [s.key, s.quote])).toEqual([[null, 'The ferry will resume service on Friday']]);
    expect(a[0]?.title?.toLowerCase()).toBe('officials');
    expect(b.map((s) => s.quote)).toEqual(['The clinic will close in March']);
  });

  it('takes the clause before ", according to <words> officials"', () => {
    const a = statements('Four bridges were damaged in the storm, according to Norwegian officials.');
    const b = statements('The dam was built without permits, according to local water experts.');
    expect(a.map((s) => [s.key, s.quote])).toEqual([[null, 'Four bridges were damaged in the storm']]);
    expect(b.map((s) => s.quote)).toEqual(['The dam was built without permits']);
  });

  it('leaves a conjunction or preposition before the group, or one person described, alone', () => {
    const and = statements('The ferry will resume service on Friday, and officials said.');
    const of = statements('The ferry will resume service on Friday, according to a letter to officials.');
    const one = statements('The ferry was never inspected, according to a marine safety expert.');
    expect(and).toEqual([]);
    expect(of).toEqual([]);
    expect(one).toEqual([]);
  });
});
