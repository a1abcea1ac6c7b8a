import type { Fact, FactType } from '../../src/core/index.js';
import { bestMatch, locateGold, type GoldFact } from '../../src/facts/eval.js';
import { readExpectedFacts } from '../../src/facts/expected-facts.js';
import { FIXTURE_PAGES } from './fixture-page.js';

const GOLD = readExpectedFacts(FIXTURE_PAGES);

/** The fixture pages whose expected-facts.jsonl annotates `type` fully, in name order. */
export function pagesAnnotating(type: FactType): string[] {
  return [...GOLD.pages.values()].filter((p) => p.types.includes(type)).map((p) => p.page);
}

/** A fixture page's hand-annotated facts of one type (its expected-facts.jsonl), in file order. */
export function expectedFacts<T extends FactType>(page: string, type: T): Array<Extract<GoldFact, { type: T }>> {
  return (GOLD.facts.get(page) ?? []).filter((g): g is Extract<GoldFact, { type: T }> => g.type === type);
}

/**
 * Each expected fact with the predicted fact it matches as `npm run eval` matches them (span overlap,
 * same value), each predicted fact used once; `fact` is undefined for a miss.
 */
export function matchExpected<G extends GoldFact, F extends Fact>(
  expected: readonly G[],
  facts: readonly F[],
  text: string,
): Array<{ gold: G; fact: F | undefined }> {
  const used = new Set<Fact>();
  return expected.map((gold) => {
    const span = locateGold(gold, text);
    const fact = span ? (bestMatch(gold, span, facts.filter((f) => !used.has(f))) as F | undefined) : undefined;
    if (fact) used.add(fact);
    return { gold, fact };
  });
}
