import { expect } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import { run } from './support.js';

/** The Indonesian extractor finds exactly these speakers, in order, in `text` (paragraphs split at " || "). */
export function expectSpeakers(text: string, want: Array<Partial<Speaker>>): void {
  const got = run(idStatementExtractor, 'id', { name: text, text: text.split(' || '), expect: [] }).facts;
  expect(got.map((f) => f.speaker)).toHaveLength(want.length);
  want.forEach((w, i) => expect(got[i]!.speaker).toMatchObject(w));
}
