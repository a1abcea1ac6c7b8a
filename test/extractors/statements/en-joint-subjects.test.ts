import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * Two named people as one subject ("Okafor and Van Dyke said") give no statement: which of them said it is not
 * clear, and the engine would keep only the one next to the verb (invented sentences).
 */

describe('two named people as one subject are no one speaker', () => {
  it('a one-word first name joined to a two-word surname: no statement', () => {
    const got = statements(
      'Mayor Jane Okafor opened the new bridge on Monday with its builder, Peter Van Dyke. Okafor and Van Dyke said that the bridge would carry four thousand cars a day.',
    );
    expect(got.map((s) => s.key)).toEqual([]);
  });

  it('names followed by their places ("of Ohio"): no statement for either', () => {
    const got = statements(
      'Reps. Ann Lee of Ohio and Paul Reed of Iowa said the agency had ignored three warnings about the dam. "The agency ignored three clear warnings about the dam and the levee," Lee and Reed wrote.',
    );
    expect(got.map((s) => s.key)).toEqual([]);
  });

  it('a second reporting verb of a joint subject: no statement', () => {
    const got = statements(
      'Sens. Ann Lee, Mark Ortiz and Paul Reed said they found the report troubling and said it "leaves too many questions open."',
    );
    expect(got.map((s) => s.key)).toEqual([]);
  });

  it('one named speaker stays, with another name elsewhere in the sentence', () => {
    const got = statements('Paul Reed met Ann Lee on Friday. Reed said the agency had ignored three warnings about the dam.');
    expect(got.map((s) => s.key)).toEqual(['paul reed']);
  });
});
