import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/core/index.js';
import { DEV_BATCH_1_CASES } from './cases-dev-batch-1.js';
import { DEV_BATCH_2_CASES } from './cases-dev-batch-2.js';
import { ratios, scoreCases, scorePages } from './score.js';

/** Quote found with the right speaker key: the target is 0.90 on unseen text. */
const FLOOR = 0.9;

describe('statement precision and recall (quote and speaker key both right)', () => {
  for (const lang of LANGS) {
    it(`${lang}: written cases`, () => {
      const r = ratios(scoreCases(lang));
      console.log(`${lang} cases: P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} (direct ${r.directRecall.toFixed(3)}, indirect ${r.indirectRecall.toFixed(3)})`);
      expect(r.precision).toBeGreaterThanOrEqual(FLOOR);
      expect(r.recall).toBeGreaterThanOrEqual(FLOOR);
    });

    it(`${lang}: dev batch cases`, () => {
      const r = ratios(scoreCases(lang, [...DEV_BATCH_1_CASES[lang], ...DEV_BATCH_2_CASES[lang]]));
      console.log(`${lang} dev batches: P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} (direct ${r.directRecall.toFixed(3)}, indirect ${r.indirectRecall.toFixed(3)})`);
      expect(r.precision).toBeGreaterThanOrEqual(FLOOR);
      expect(r.recall).toBeGreaterThanOrEqual(FLOOR);
    });

    it(`${lang}: fixture pages through the pipeline`, () => {
      const t = scorePages(lang);
      const r = ratios(t);
      console.log(`${lang} pages (${t.pages}): P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} (direct ${r.directRecall.toFixed(3)}, indirect ${r.indirectRecall.toFixed(3)})`);
      expect(r.precision).toBeGreaterThanOrEqual(FLOOR);
      expect(r.recall).toBeGreaterThanOrEqual(FLOOR);
    });
  }
});
