import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/index.js';
import { enStatementExtractor } from '../../../src/extractors/en/statements/index.js';
import type { Extractor } from '../../../src/extractors/index.js';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { EN_CASES } from './cases-en.js';
import { DEV_BATCH_1_CASES } from './cases-dev-batch-1.js';
import { DEV_BATCH_2_CASES } from './cases-dev-batch-2.js';
import { ID_CASES } from './cases-id.js';
import { VI_CASES } from './cases-vi.js';
import { docFromText } from '../../support/doc-from-text.js';
import { run, type Case } from './support.js';
import { extractorRef } from '../../../src/extractors/common/extractor.js';

const SUITES: Array<[Lang, Extractor, Case[]]> = [
  ['vi', viStatementExtractor, [...VI_CASES, ...DEV_BATCH_1_CASES.vi, ...DEV_BATCH_2_CASES.vi]],
  ['id', idStatementExtractor, [...ID_CASES, ...DEV_BATCH_1_CASES.id, ...DEV_BATCH_2_CASES.id]],
  ['en', enStatementExtractor, [...EN_CASES, ...DEV_BATCH_1_CASES.en, ...DEV_BATCH_2_CASES.en]],
];

for (const [lang, extractor, cases] of SUITES) {
  describe(`${lang}/statement`, () => {
    it('has at least 30 cases, positive and negative', () => {
      expect(cases.length).toBeGreaterThanOrEqual(30);
      expect(cases.some((c) => c.expect.length === 0)).toBe(true);
    });

    it('emits nothing for sentences in another language', () => {
      const other = lang === 'en' ? 'vi' : 'en';
      const text = other === 'vi' ? 'Thứ trưởng Nguyễn Minh Vũ cho biết Việt Nam sẽ nhận thêm vaccine.' : 'Deputy Foreign Minister Nguyen Minh Vu said Vietnam would get more vaccines.';
      expect(extractor.extract(docFromText(['Tin', text], { lang: other }))).toEqual([]);
    });

    for (const c of cases) {
      it(c.name, () => {
        const { facts, text } = run(extractor, lang, c);
        const got = facts.map((f) => ({ key: f.speaker.key, direct: f.direct, quote: f.quote }));
        expect(got).toEqual(c.expect.map((e) => ({ key: e.key, direct: e.direct, quote: e.quote })));
        facts.forEach((f, i) => {
          const e = c.expect[i]!;
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.lang).toBe(lang);
          expect(f.extractor).toEqual(extractorRef(lang, 'statement'));
          expect(f.sentence.length).toBeGreaterThan(0);
          if (e.title !== undefined) expect(f.speaker.title).toBe(e.title);
          if (e.org !== undefined) expect(f.speaker.org).toBe(e.org);
          if (e.verb !== undefined) expect(f.verb).toBe(e.verb);
        });
      });
    }
  });
}
