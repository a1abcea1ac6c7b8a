import { describe, expect, it } from 'vitest';
import type { DateFact, Lang } from '../../../src/core/index.js';
import { enDateExtractor } from '../../../src/extractors/en/dates/index.js';
import { idDateExtractor } from '../../../src/extractors/id/dates/index.js';
import type { Extractor } from '../../../src/extractors/index.js';
import { viDateExtractor } from '../../../src/extractors/vi/dates/index.js';
import { EN_NEGATIVES, EN_PHRASES } from './en-cases.js';
import { DEV_BATCH_1 } from './dev-batch-1-cases.js';
import { DEV_BATCH_2 } from './dev-batch-2-cases.js';
import { DEV_BATCH_3 } from './dev-batch-3-cases.js';
import { DEV_BATCH_4 } from './dev-batch-4-cases.js';
import { ID_NEGATIVES, ID_PHRASES } from './id-cases.js';
import { add, pr, score, type PhraseCase, type Score } from './support.js';
import { VI_NEGATIVES, VI_PHRASES } from './vi-cases.js';
import { expectedFacts, matchExpected, pagesAnnotating } from '../../support/expected-facts.js';
import { loadFixturePage } from '../../support/fixture-page.js';

/**
 * Precision and recall of the date extractors (text, position, value and mod all right), printed as a
 * table: NO_COLOR=1 npx vitest run test/extractors/dates/metrics.test.ts
 */
const LANGS: Array<{ lang: Lang; ex: Extractor; phrases: PhraseCase[]; negatives: string[] }> = [
  { lang: 'vi', ex: viDateExtractor, phrases: VI_PHRASES, negatives: VI_NEGATIVES },
  { lang: 'id', ex: idDateExtractor, phrases: ID_PHRASES, negatives: ID_NEGATIVES },
  { lang: 'en', ex: enDateExtractor, phrases: EN_PHRASES, negatives: EN_NEGATIVES },
];

const fmt = (s: Score): string => {
  const { precision, recall, f1 } = pr(s);
  return `gold ${s.gold}, found ${s.found}, correct ${s.correct}: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`;
};

/** The fixture pages' dates (their expected-facts.jsonl) through the real pipeline: value and mod right. */
function fixtureScore(): Score {
  const s: Score = { gold: 0, found: 0, correct: 0 };
  for (const name of pagesAnnotating('date')) {
    const { article } = loadFixturePage(name)!;
    const facts = article.facts.filter((f): f is DateFact => f.type === 'date');
    const expected = expectedFacts(name, 'date');
    s.gold += expected.length;
    s.found += facts.length;
    s.correct += matchExpected(expected, facts, article.text).filter((m) => m.fact?.mod === (m.gold.mod ?? null)).length;
  }
  return s;
}

describe('date extraction quality', () => {
  const lines: string[] = [];
  let tables: Score = { gold: 0, found: 0, correct: 0 };
  let devBatches: Score = { gold: 0, found: 0, correct: 0 };

  it.each(LANGS)('$lang phrase table and negatives', ({ lang, ex, phrases, negatives }) => {
    const s = score([...phrases, ...negatives.map((n) => ({ s: n, f: [] }))], ex, lang);
    const h = score([...DEV_BATCH_1[lang as 'vi' | 'id' | 'en'], ...DEV_BATCH_2[lang as 'vi' | 'id' | 'en'], ...DEV_BATCH_3[lang as 'vi' | 'id' | 'en'], ...DEV_BATCH_4[lang as 'vi' | 'id' | 'en']], ex, lang);
    tables = add(tables, s);
    devBatches = add(devBatches, h);
    lines.push(`${lang} phrases+negatives  ${fmt(s)}`, `${lang} dev batches 1-4    ${fmt(h)}`);
    expect(pr(s).precision).toBeGreaterThanOrEqual(0.92);
    expect(pr(s).recall).toBeGreaterThanOrEqual(0.92);
  });

  it('the fixture pages through the real pipeline', () => {
    const s = fixtureScore();
    lines.push(`fixture pages         ${fmt(s)}`);
    expect(pr(s).precision).toBeGreaterThanOrEqual(0.92);
    expect(pr(s).recall).toBeGreaterThanOrEqual(0.92);
  });

  it('dev batches overall, and the report', () => {
    lines.push(`all phrase tables     ${fmt(tables)}`, `all dev batches       ${fmt(devBatches)}`);
    console.log(`\n${lines.join('\n')}`);
    expect(pr(devBatches).f1).toBeGreaterThanOrEqual(0.85);
  });
});
