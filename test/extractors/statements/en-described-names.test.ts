import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * "Name, <description with no verb>, said …": a full name closed by one or two comma-closed descriptions right
 * before the verb is the speaker, whatever the description holds (invented sentences).
 */

describe('a full name described between commas before the verb', () => {
  it('speaks through a compound lower-case role with an organisation', () => {
    const got = statements(
      'Ellen Doyle, harbour safety and maintenance manager with Port Works in Halifax, said the quay would stay closed.',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([['ellen doyle', 'the quay would stay closed']]);
  });

  it('speaks through a role with a hyphenated place word', () => {
    const got = statements('Tom Baker, Halifax-based marine engineer at Dockside Repairs, said the wall was older than the quay.');
    expect(got.map((s) => s.key)).toEqual(['tom baker']);
  });

  it('leaves the name inside a preposition phrase unspoken', () => {
    const got = statements('A lawyer for Ellen Doyle, a nurse at the hospital, said the charges would be fought.');
    expect(got.map((s) => s.key)).not.toContain('ellen doyle');
  });
});
