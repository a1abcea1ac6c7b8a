import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/index.js';
import { enDateExtractor } from '../../../src/extractors/en/dates/index.js';
import { idDateExtractor } from '../../../src/extractors/id/dates/index.js';
import type { Extractor } from '../../../src/extractors/index.js';
import { viDateExtractor } from '../../../src/extractors/vi/dates/index.js';
import { extractDoc } from '../../../src/pipeline/article-to-facts.js';
import { EN_NEGATIVES, EN_PHRASES } from './en-cases.js';
import { HOLDOUT } from './holdout-cases.js';
import { HOLDOUT_2 } from './holdout2-cases.js';
import { HOLDOUT_3 } from './holdout3-cases.js';
import { HOLDOUT_4 } from './holdout4-cases.js';
import { ID_NEGATIVES, ID_PHRASES } from './id-cases.js';
import { FIXTURE_EXPECTED, SEED_EXPECTED, seedDateFacts } from './seeds.js';
import { add, pr, score, type PhraseCase, type Score } from './support.js';
import { VI_NEGATIVES, VI_PHRASES } from './vi-cases.js';
import { snapshotToArticle } from '../../../src/pipeline/snapshot-to-article.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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

function pageScore(pages: Array<[string, Array<[string, string, string | null]>]>): Score {
  const s: Score = { gold: 0, found: 0, correct: 0 };
  for (const [name, expected] of pages) {
    const facts = seedDateFacts(name)?.facts ?? [];
    s.gold += expected.length;
    s.found += facts.length;
    s.correct += expected.filter(([t, v, m]) => facts.some((f) => f.text === t && f.value === v && f.mod === m)).length;
  }
  return s;
}

const seedScore = (): Score => pageScore(Object.entries(SEED_EXPECTED));
const fixtureScore = (unseen: boolean): Score =>
  pageScore(Object.entries(FIXTURE_EXPECTED).filter(([, f]) => f.unseen === unseen).map(([name, f]) => [name, f.dates]));

describe('date extraction quality', () => {
  const lines: string[] = [];
  let tables: Score = { gold: 0, found: 0, correct: 0 };
  let holdout: Score = { gold: 0, found: 0, correct: 0 };

  it.each(LANGS)('$lang phrase table and negatives', ({ lang, ex, phrases, negatives }) => {
    const s = score([...phrases, ...negatives.map((n) => ({ s: n, f: [] }))], ex, lang);
    const h = score([...HOLDOUT[lang as 'vi' | 'id' | 'en'], ...HOLDOUT_2[lang as 'vi' | 'id' | 'en'], ...HOLDOUT_3[lang as 'vi' | 'id' | 'en'], ...HOLDOUT_4[lang as 'vi' | 'id' | 'en']], ex, lang);
    tables = add(tables, s);
    holdout = add(holdout, h);
    lines.push(`${lang} phrases+negatives  ${fmt(s)}`, `${lang} holdouts 1-4       ${fmt(h)}`);
    expect(pr(s).precision).toBeGreaterThanOrEqual(0.92);
    expect(pr(s).recall).toBeGreaterThanOrEqual(0.92);
  });

  it('seeds through the real pipeline', () => {
    const s = seedScore();
    lines.push(`seeds (vi+id)         ${fmt(s)}`);
    expect(pr(s).precision).toBeGreaterThanOrEqual(0.92);
    expect(pr(s).recall).toBeGreaterThanOrEqual(0.92);
  });

  it('the other fixture pages', () => {
    const unseen = fixtureScore(true);
    const dev = fixtureScore(false);
    lines.push(`fixtures, unseen      ${fmt(unseen)}`, `fixtures, dev         ${fmt(dev)}`);
    expect(pr(unseen).f1).toBeGreaterThanOrEqual(0.9);
    expect(pr(dev).f1).toBeGreaterThanOrEqual(0.9);
  });

  it('holdout overall, and the report', () => {
    lines.push(`all phrase tables     ${fmt(tables)}`, `all holdouts          ${fmt(holdout)}`);
    console.log(`\n${lines.join('\n')}`);
    expect(pr(holdout).f1).toBeGreaterThanOrEqual(0.85);
  });
});

it('reports the CPU time the date extractors add per page (printed, not asserted)', () => {
  const out: string[] = [];
  for (const name of [...Object.keys(SEED_EXPECTED), ...Object.keys(FIXTURE_EXPECTED)]) {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'pages', name);
    const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { url: string };
    const { article } = snapshotToArticle({ url: meta.url, fetchedAt: '2021-09-07T00:00:00Z', body: new Uint8Array(readFileSync(join(dir, 'source.html'))) });
    const doc = extractDoc(article);
    const all = (): number => LANGS.reduce((n, { ex }) => n + ex.extract(doc).length, 0);
    for (let i = 0; i < 50; i++) all();
    // CPU time, not wall time: the test machine is shared, so wall time mostly measures the neighbours.
    const samples: number[] = [];
    for (let r = 0; r < 9; r++) {
      const c0 = process.cpuUsage();
      for (let i = 0; i < 20; i++) all();
      const c = process.cpuUsage(c0);
      samples.push((c.user + c.system) / 20);
    }
    samples.sort((a, b) => a - b);
    out.push(`${name}: ${article.text.length} chars, ${all()} date facts, median ${samples[4]!.toFixed(0)} µs CPU/page`);
  }
  console.log(`\n${out.join('\n')}`);
  expect(out.length).toBeGreaterThan(0);
});
