import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DoseFact } from '../../../src/core/index.js';
import { FIXTURE_PAGES as PAGES, loadFixturePage } from '../../support/fixture-page.js';

/** The two seed articles, through the real pipeline (bytes → clean → extract), asserted by text and value. */

function dosesOfPage(name: string): { doses: DoseFact[]; text: string; mustNot: string[] } {
  const page = loadFixturePage(name);
  if (!page) throw new Error(`fixture ${name} is missing`);
  expect(page.rejectedFacts).toBe(0);
  return { doses: page.article.facts.filter((f): f is DoseFact => f.type === 'dose'), text: page.article.text, mustNot: page.mustNot };
}

const row = (f: DoseFact) => [f.text, f.value, f.valueMax, f.approximate, f.item, f.status, f.counterpart] as const;

describe('Vietnamese seed (Vietnam+, "ngoại giao vaccine")', () => {
  const page = 'vietnamplus-vi-ngoai-giao-vaccine';
  it('gives the headline and body figures, each with its own span, and nothing else', () => {
    const { doses, text } = dosesOfPage(page);
    expect(doses.map(row)).toEqual([
      ['30 triệu liều', 30e6, null, false, null, 'expected', null],
      ['30 triệu liều vaccine', 30e6, null, false, 'vaccine', 'expected', null],
      ['16,6 triệu liều vaccine', 16_600_000, null, false, 'vaccine', 'committed', null],
      ['33 triệu liều vaccine', 33e6, null, false, 'vaccine', 'received', null],
      ['30 triệu liều vaccine', 30e6, null, false, 'vaccine', 'expected', null],
      ['16-17 triệu liều', 16e6, 17e6, false, null, 'expected', null],
      ['nhiều triệu liều thuốc đặc trị', null, null, true, 'drug', 'unknown', 'Japan, India, Switzerland'],
    ]);
    for (const f of doses) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(new Set(doses.map((f) => f.start)).size).toBe(doses.length);
  });
  it('takes no fact from the sidebars ("Tin liên quan", "Tin khác")', () => {
    const { doses, mustNot } = dosesOfPage(page);
    expect(readFileSync(join(PAGES, page, 'source.html'), 'utf8')).toContain('Tin liên quan');
    expect(mustNot.length).toBeGreaterThan(0);
    for (const f of doses) for (const line of mustNot) expect(f.sentence).not.toContain(line);
  });
});

describe('Indonesian seed (VOV World, "Diplomasi Vaksin")', () => {
  const page = 'vovworld-id-diplomasi-vaksin';
  it('gives 150, 130 and 10 million doses with their status, and nothing else', () => {
    const { doses } = dosesOfPage(page);
    expect(doses.map(row)).toEqual([
      ['150 juta dosis vaksin', 150e6, null, false, 'vaccine', 'committed', null],
      ['130 juta dosis vaksin', 130e6, null, false, 'vaccine', 'committed', null],
      ['10 juta dosis vaksin', 10e6, null, false, 'vaccine', 'received', null],
    ]);
  });
  it('takes no fact from "Komentar" or "Yang lain"', () => {
    const { doses, mustNot } = dosesOfPage(page);
    expect(readFileSync(join(PAGES, page, 'source.html'), 'utf8')).toContain('Yang lain');
    expect(mustNot.length).toBeGreaterThan(0);
    for (const f of doses) for (const line of mustNot) expect(f.sentence).not.toContain(line);
  });
});
