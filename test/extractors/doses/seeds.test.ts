import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DoseFact } from '../../../src/core/index.js';
import { expectedFacts, matchExpected } from '../../support/expected-facts.js';
import { FIXTURE_PAGES as PAGES, loadFixturePage } from '../../support/fixture-page.js';

/** The two seed articles, through the real pipeline (bytes → clean → extract), asserted by text and value. */

function dosesOfPage(name: string): { doses: DoseFact[]; text: string; mustNot: string[] } {
  const page = loadFixturePage(name);
  if (!page) throw new Error(`fixture ${name} is missing`);
  expect(page.rejectedFacts).toBe(0);
  return { doses: page.article.facts.filter((f): f is DoseFact => f.type === 'dose'), text: page.article.text, mustNot: page.mustNot };
}

/** The dose fields a page's expected-facts.jsonl gives, and the same fields of the fact matched to each line. */
const wanted = (g: ReturnType<typeof expectedFacts<'dose'>>[number]) =>
  [g.text, g.value, g.valueMax, g.approximate, g.item, g.status, g.counterpart] as const;
const found = (g: ReturnType<typeof expectedFacts<'dose'>>[number], f: DoseFact | undefined) =>
  [g.text, f?.value, f?.valueMax, f?.approximate, f?.item, f?.status, f?.counterpart] as const;

describe.each(['vietnamplus-vi-ngoai-giao-vaccine', 'vovworld-id-diplomasi-vaksin'])('dose facts of the seed %s', (page) => {
  it('gives each expected figure with its status, item and counterpart, each with its own span, and nothing else', () => {
    const { doses, text } = dosesOfPage(page);
    const expected = expectedFacts(page, 'dose');
    expect(matchExpected(expected, doses, text).map((m) => found(m.gold, m.fact))).toEqual(expected.map(wanted));
    expect(doses).toHaveLength(expected.length);
    for (const f of doses) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(new Set(doses.map((f) => f.start)).size).toBe(doses.length);
  });
});

describe('Vietnamese seed (Vietnam+, "ngoại giao vaccine")', () => {
  const page = 'vietnamplus-vi-ngoai-giao-vaccine';
  it('takes no fact from the sidebars ("Tin liên quan", "Tin khác")', () => {
    const { doses, mustNot } = dosesOfPage(page);
    expect(readFileSync(join(PAGES, page, 'source.html'), 'utf8')).toContain('Tin liên quan');
    expect(mustNot.length).toBeGreaterThan(0);
    for (const f of doses) for (const line of mustNot) expect(f.sentence).not.toContain(line);
  });
});

describe('Indonesian seed (VOV World, "Diplomasi Vaksin")', () => {
  const page = 'vovworld-id-diplomasi-vaksin';
  it('takes no fact from "Komentar" or "Yang lain"', () => {
    const { doses, mustNot } = dosesOfPage(page);
    expect(readFileSync(join(PAGES, page, 'source.html'), 'utf8')).toContain('Yang lain');
    expect(mustNot.length).toBeGreaterThan(0);
    for (const f of doses) for (const line of mustNot) expect(f.sentence).not.toContain(line);
  });
});
