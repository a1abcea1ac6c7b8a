import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../src/extractors/index.js';
import { enDateExtractor } from '../../src/extractors/en/dates/index.js';
import { articleToFacts } from '../../src/pipeline/article-to-facts.js';
import { plainTextArticle } from '../../src/pipeline/plain-text-article.js';

describe('an extractor that throws on one article', () => {
  it('costs its own facts only: the other extractors still give theirs and the failure is reported', () => {
    const broken: Extractor = {
      ...enDateExtractor,
      name: 'en/broken',
      extract: () => {
        throw new TypeError('index past the end');
      },
    };
    const article = {
      ...plainTextArticle(['The vaccines arrived on 5 September 2021.'], { lang: 'en', url: 'https://news.example/a' }),
      publishedAt: '2021-09-06T10:00:00+07:00',
    };
    const { facts, rejected } = articleToFacts(article, { extractors: [broken, enDateExtractor] });
    expect(facts.map((f) => [f.type, f.text])).toEqual([['date', '5 September 2021']]);
    expect(rejected).toEqual([{ extractor: 'en/broken', reason: 'extractor failed: index past the end' }]);
  });
});
