import { describe, expect, it } from 'vitest';
import { enStatements as statements } from '../../support/en-statements.js';

/*
 * A quote split mid-sentence by its attribution ('"…," said X, "…"', '"The pilots," she said, "…"') is one statement
 * with both halves; 'X was blunt, telling the crowd: "…"' hands the quote to the sentence's subject; and a sentence
 * opening after a quote that closed its own ('"…." She said she would …') is a statement of its own (invented
 * sentences).
 */

describe('quotes split or introduced by their attribution', () => {
  it('keeps the second half after "said <name>,"', () => {
    const got = statements('"The pilots are tired," said Lena Fosse, "and the tugs need repairs before winter."');
    expect(got.map((s) => [s.key, s.quote])).toEqual([
      ['lena fosse', 'The pilots are tired, and the tugs need repairs before winter.'],
    ]);
  });

  it('keeps a two-word first half before "she said,"', () => {
    const got = statements(
      'Lena Fosse chaired the meeting on Tuesday. || "The pilots," Fosse said, "are exhausted after a week of storms."',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([['lena fosse', 'The pilots, are exhausted after a week of storms.']]);
  });

  it('gives a quote after "saying:" to the subject of the sentence', () => {
    const got = statements(
      'The harbour opened on Monday. || Port director Hanna Lind spoke briefly, saying: "Every ferry will run on the winter timetable."',
    );
    expect(got.map((s) => [s.key, s.quote])).toEqual([['hanna lind', 'Every ferry will run on the winter timetable.']]);
  });

  it('keeps the report opening the sentence after a closed quote', () => {
    const got = statements(
      'Hanna Lind opened the meeting at the gate. || ' +
        'She spoke briefly, saying: "We will keep every ferry running all winter." She said the harbour would reopen on Sunday.',
    );
    expect(got.map((s) => s.key)).toEqual(['hanna lind', 'hanna lind']);
    expect(got.at(-1)?.quote).toBe('the harbour would reopen on Sunday');
  });
});
