import { describe, expect, it } from 'vitest';
import { FIXTURE_EXPECTED, SEED_EXPECTED, seedDateFacts } from './seeds.js';

describe.each(Object.entries(SEED_EXPECTED))('date facts of the seed %s', (name, expected) => {
  const seed = seedDateFacts(name);

  it('the fixture exists and has its publication date', () => {
    expect(seed).not.toBeNull();
    expect(seed!.publishedAt).toMatch(/^2021-09-06T/);
  });

  it('gives exactly the expected dates, in order, with spans into Article.text', () => {
    expect(seed!.facts.map((f) => [f.text, f.value, f.mod])).toEqual(expected);
    for (const f of seed!.facts) expect(seed!.text.slice(f.start, f.end)).toBe(f.text);
  });

  it('never reads COVID-19, ranges of numbers or the sidebar as dates', () => {
    const texts = seed!.facts.map((f) => f.text).join(' | ');
    expect(texts).not.toMatch(/19(?!\d)|16-17|2025/u);
  });
});

it('the Vietnamese seed implies only the year, and only where it is not written', () => {
  const facts = seedDateFacts('vietnamplus-vi-ngoai-giao-vaccine')!.facts;
  expect(facts.map((f) => [f.text, f.granularity, f.implied])).toEqual([
    ['chiều 6/9', 'part-of-day', ['year']],
    ['đầu tháng 8/2021', 'month', []],
    ['cuối tháng Tám', 'month', ['year']],
    ['tháng 9 và tháng 10/2021', 'month', []],
    ['tháng 9/2021', 'month', []],
  ]);
});

describe.each(Object.entries(FIXTURE_EXPECTED))('date facts of the fixture %s', (name, { dates }) => {
  const page = seedDateFacts(name);
  it.skipIf(page === null)('gives exactly the expected dates, in order', () => {
    expect(page!.facts.map((f) => [f.text, f.value, f.mod])).toEqual(dates);
    for (const f of page!.facts) expect(page!.text.slice(f.start, f.end)).toBe(f.text);
  });
});
