import { describe, expect, it } from 'vitest';
import { enStatementExtractor } from '../../../src/extractors/en/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';

/*
 * A statement found on a second reading of the page (a span rewritten to a shape the engine reads) quotes the
 * article: its sentence, like its text, is the page's own, never the rewrite with its blanks (invented sentences).
 */

function sentencesOf(paragraph: string): Array<[string | null, string]> {
  const doc = docFromText(['Headline', paragraph], { lang: 'en' });
  return enStatementExtractor.extract(doc).flatMap((f) => (f.type === 'statement' ? [[f.speaker.key, f.sentence]] : []));
}

describe('statements of a second reading', () => {
  it('keep the sentence of a coordinated reporting verb as written', () => {
    const s = 'Local councillor Gordon Mackenzie branded the event a failure and said the organisers had let the town down.';
    expect(sentencesOf(s)).toEqual([['gordon mackenzie', s]]);
  });

  it('keep the sentence of a relative clause as written', () => {
    const s = 'Sen. Ellen Doyle, who told reporters the pier was unsafe for boats, voted against the plan.';
    expect(sentencesOf(s)).toEqual([['ellen doyle', s]]);
  });

  it('give a participle report the sentence it stands in, after a quote continued over paragraphs', () => {
    const last = '"But all the same, I will always stand by the crew," Maria Lopes said, adding that rebuilding the harbour was her first task.';
    const doc = docFromText(['Headline', '"We have a long road ahead of us. The storm took more than we feared.', last], { lang: 'en' });
    const adding = enStatementExtractor.extract(doc).find((f) => f.type === 'statement' && f.verb === 'adding');
    expect(adding?.type === 'statement' && [adding.speaker.key, adding.sentence]).toEqual(['maria lopes', last]);
  });
});
