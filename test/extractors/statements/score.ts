import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang, StatementFact } from '../../../src/core/index.js';
import { enStatementExtractor } from '../../../src/extractors/en/statements/index.js';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import type { Extractor } from '../../../src/extractors/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { snapshotToArticle } from '../../../src/pipeline/snapshot-to-article.js';
import { EN_CASES } from './cases-en.js';
import { ID_CASES } from './cases-id.js';
import { VI_CASES } from './cases-vi.js';
import { PAGE_STATEMENTS } from './page-statements.js';
import { matches, run, type Case } from './support.js';

export const EXTRACTOR_BY_LANG: Record<Lang, Extractor> = { vi: viStatementExtractor, id: idStatementExtractor, en: enStatementExtractor };
const CASES_BY_LANG: Record<Lang, Case[]> = { vi: VI_CASES, id: ID_CASES, en: EN_CASES };
const PAGES = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');

/** Counts for precision (right / found) and recall (expected and found right), direct and indirect apart. */
export interface Tally {
  found: number;
  right: number;
  expected: { direct: number; indirect: number };
  recalled: { direct: number; indirect: number };
}

export function emptyTally(): Tally {
  return { found: 0, right: 0, expected: { direct: 0, indirect: 0 }, recalled: { direct: 0, indirect: 0 } };
}

type Found = Pick<StatementFact, 'quote' | 'speaker' | 'direct'>;
type Want = { key: string | null; direct: boolean; test: (f: Found) => boolean };

/** One-to-one: each expectation takes the first unused fact that satisfies it. */
function tally(t: Tally, facts: readonly Found[], wants: readonly Want[]): void {
  const used = new Set<number>();
  t.found += facts.length;
  for (const w of wants) {
    const kind = w.direct ? 'direct' : 'indirect';
    t.expected[kind]++;
    const i = facts.findIndex((f, j) => !used.has(j) && f.speaker.key === w.key && f.direct === w.direct && w.test(f));
    if (i >= 0) {
      used.add(i);
      t.recalled[kind]++;
      t.right++;
    }
  }
}

export function scoreCases(lang: Lang, cases: readonly Case[] = CASES_BY_LANG[lang]): Tally {
  const t = emptyTally();
  for (const c of cases) {
    const { facts } = run(EXTRACTOR_BY_LANG[lang], lang, c);
    tally(t, facts, c.expect.map((e) => ({ key: e.key, direct: e.direct, test: (f: Found) => matches(f, e) })));
  }
  return t;
}

/** The annotated fixture pages of one language, through the whole pipeline. Pages not (yet) there are skipped. */
export function scorePages(lang: Lang): Tally & { pages: number } {
  const t = { ...emptyTally(), pages: 0 };
  for (const [name, page] of Object.entries(PAGE_STATEMENTS)) {
    const dir = join(PAGES, name);
    if (page.lang !== lang || !existsSync(join(dir, 'source.html'))) continue;
    const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { url: string };
    const { article } = snapshotToArticle({ url: meta.url, fetchedAt: '2021-09-07T00:00:00Z', body: new Uint8Array(readFileSync(join(dir, 'source.html'))) });
    const facts = article.facts.filter((f): f is StatementFact => f.type === 'statement');
    tally(t, facts, page.statements.map((s) => ({ key: s.key, direct: s.direct, test: (f: Found) => f.quote.startsWith(s.starts) })));
    t.pages++;
  }
  return t;
}

export function ratios(t: Tally): { precision: number; recall: number; f1: number; directRecall: number; indirectRecall: number } {
  const precision = t.found ? t.right / t.found : 1;
  const expected = t.expected.direct + t.expected.indirect;
  const recall = expected ? t.right / expected : 1;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    directRecall: t.expected.direct ? t.recalled.direct / t.expected.direct : 1,
    indirectRecall: t.expected.indirect ? t.recalled.indirect / t.expected.indirect : 1,
  };
}
