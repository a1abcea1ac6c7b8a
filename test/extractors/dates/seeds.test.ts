import { describe, expect, it } from 'vitest';
import type { DateFact } from '../../../src/core/index.js';
import { expectedFacts, matchExpected, pagesAnnotating } from '../../support/expected-facts.js';
import { loadFixturePage } from '../../support/fixture-page.js';

function datesOf(name: string): { facts: DateFact[]; text: string; publishedAt: string | null } {
  const page = loadFixturePage(name);
  if (!page) throw new Error(`fixture ${name} is missing`);
  const { article } = page;
  return { facts: article.facts.filter((f): f is DateFact => f.type === 'date'), text: article.text, publishedAt: article.publishedAt };
}

describe.each(pagesAnnotating('date'))('date facts of the fixture page %s', (name) => {
  const expected = expectedFacts(name, 'date');

  it('gives every date of its expected-facts.jsonl, with value and modifier, and no other', () => {
    const { facts, text } = datesOf(name);
    const matched = matchExpected(expected, facts, text);
    expect(matched.map((m) => [m.gold.text, m.fact?.value, m.fact?.mod])).toEqual(
      expected.map((g) => [g.text, g.value, g.mod ?? null]),
    );
    expect(facts).toHaveLength(expected.length);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('never reads COVID-19 or a range of figures as a date', () => {
    const texts = datesOf(name).facts.map((f) => f.text).join(' | ');
    expect(texts).not.toMatch(/COVID-19|16-17/u);
  });
});

it('the Vietnamese seed implies only the year, and only where it is not written', () => {
  const { facts, publishedAt } = datesOf('vietnamplus-vi-ngoai-giao-vaccine');
  expect(publishedAt).toMatch(/^2021-09-06T/);
  expect(facts.map((f) => [f.text, f.granularity, f.implied])).toEqual([
    ['chiều 6/9', 'part-of-day', ['year']],
    ['đầu tháng 8/2021', 'month', []],
    ['cuối tháng Tám', 'month', ['year']],
    ['tháng 9 và tháng 10/2021', 'month', []],
    ['tháng 9/2021', 'month', []],
  ]);
});
