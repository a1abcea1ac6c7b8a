import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang, StatementFact } from '../../../src/core/index.js';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import type { Extractor } from '../../../src/extractors/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { docFromText } from '../../support/doc-from-text.js';
import { loadFixturePage } from '../../support/fixture-page.js';

const SEEDS = join(import.meta.dirname, 'seeds');

interface SeedStatement {
  direct: boolean;
  verb: string;
  starts: string;
  ends?: string;
}

/** What the two seed articles say, all of it by one person. */
export const SEED_STATEMENTS: Record<string, { lang: Lang; title: string; org: string; statements: SeedStatement[] }> = {
  'vietnamplus-vi-ngoai-giao-vaccine': {
    lang: 'vi',
    title: 'Thứ trưởng',
    org: 'Bộ Ngoại giao',
    statements: [
      { direct: false, verb: 'cho rằng', starts: 'dịch bệnh diễn biến phức tạp trên toàn cầu', ends: 'duy trì chuỗi cung ứng cho nền kinh tế' },
      { direct: false, verb: 'nhấn mạnh', starts: 'trong thời gian vừa qua, chiến lược vaccine và "ngoại giao vaccine"', ends: 'đặc biệt ở cấp cao' },
      { direct: false, verb: 'according to', starts: 'cho đến nay, việc việc triển khai "ngoại giao vaccine"', ends: 'một số kết quả tích cực' },
      { direct: false, verb: 'cho biết', starts: 'trong thời gian qua, chúng ta đã tích cực tìm kiếm', ends: 'các nguồn khác nhau' },
    ],
  },
  'vovworld-id-diplomasi-vaksin': {
    lang: 'id',
    title: 'Deputi Menteri Luar Negeri',
    org: 'Kementerian Luar Negeri',
    statements: [{ direct: true, verb: 'mengatakan', starts: 'Kami fokus pada 3 arah utama yakni: Pertama', ends: 'memproduksi vaksin di dalam negeri' }],
  },
};

const EXTRACTORS: Record<string, Extractor> = { vi: viStatementExtractor, id: idStatementExtractor };

function check(facts: readonly Pick<StatementFact, 'speaker' | 'direct' | 'verb' | 'quote'>[], seed: (typeof SEED_STATEMENTS)[string]): void {
  expect(facts).toHaveLength(seed.statements.length);
  facts.forEach((f, i) => {
    const e = seed.statements[i]!;
    expect(f.speaker.key).toBe('nguyen minh vu');
    expect(f.speaker.title).toBe(seed.title);
    expect(f.speaker.org).toBe(seed.org);
    expect(f.direct).toBe(e.direct);
    expect(f.verb).toBe(e.verb);
    expect(f.quote.startsWith(e.starts)).toBe(true);
    if (e.ends) expect(f.quote.endsWith(e.ends)).toBe(true);
  });
}

describe('seed articles', () => {
  for (const [name, seed] of Object.entries(SEED_STATEMENTS)) {
    it(`${name}: through the pipeline, every statement is Nguyễn Minh Vũ's`, () => {
      const page = loadFixturePage(name);
      if (!page) throw new Error(`fixture ${name} is missing`);
      const { article, rejectedFacts } = page;
      expect(rejectedFacts).toBe(0);
      const facts = article.facts.filter((f): f is StatementFact => f.type === 'statement');
      check(facts, seed);
      for (const f of facts) expect(article.text.slice(f.start, f.end)).toBe(f.text);
    });

    it(`${name}: the plain seed text, sidebars included, gives the same statements`, () => {
      const lines = readFileSync(join(SEEDS, `${name}.txt`), 'utf8').split(/\n+/u).filter((l) => l.trim());
      const doc = docFromText(lines, { lang: seed.lang });
      const facts = EXTRACTORS[seed.lang]!.extract(doc).filter((f) => f.type === 'statement');
      check(facts, seed);
    });
  }

  it('scare quotes in the Vietnamese seed are not statements', () => {
    const lines = readFileSync(join(SEEDS, 'vietnamplus-vi-ngoai-giao-vaccine.txt'), 'utf8').split(/\n+/u).filter((l) => l.trim());
    const facts = viStatementExtractor.extract(docFromText(lines, { lang: 'vi' })).filter((f) => f.type === 'statement');
    for (const f of facts) {
      expect(f.quote).not.toBe('ngoại giao vaccine');
      expect(f.quote).not.toBe('công phá');
    }
  });
});
