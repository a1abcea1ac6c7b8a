import type { Lang, StatementFact } from '../../../src/core/index.js';
import { enStatementExtractor } from '../../../src/extractors/en/statements/index.js';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import type { Extractor } from '../../../src/extractors/index.js';
import { viStatementExtractor } from '../../../src/extractors/vi/statements/index.js';
import { locateGold } from '../../../src/facts/eval.js';
import { expectedFacts, pagesAnnotating } from '../../support/expected-facts.js';
import { loadFixturePage } from '../../support/fixture-page.js';
import { EN_CASES } from './cases-en.js';
import { ID_CASES } from './cases-id.js';
import { VI_CASES } from './cases-vi.js';
import { matches, run, type Case } from './support.js';

export const EXTRACTOR_BY_LANG: Record<Lang, Extractor> = { vi: viStatementExtractor, id: idStatementExtractor, en: enStatementExtractor };
const CASES_BY_LANG: Record<Lang, Case[]> = { vi: VI_CASES, id: ID_CASES, en: EN_CASES };

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

/** The fixture pages of one language whose expected-facts.jsonl annotates statements, through the whole pipeline. */
export function scorePages(lang: Lang): Tally & { pages: number } {
  const t = { ...emptyTally(), pages: 0 };
  for (const name of pagesAnnotating('statement')) {
    const page = loadFixturePage(name);
    if (!page || page.article.lang !== lang) continue;
    const { article } = page;
    const facts = article.facts.filter((f): f is StatementFact => f.type === 'statement');
    const wants = expectedFacts(name, 'statement').map((g) => {
      const span = locateGold(g, article.text);
      const test = (f: Found): boolean => span !== null && (f as StatementFact).start < span.end && span.start < (f as StatementFact).end;
      return { key: g.speakerKey, direct: g.direct ?? false, test };
    });
    tally(t, facts, wants);
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
