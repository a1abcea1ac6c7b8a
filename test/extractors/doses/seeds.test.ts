import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DoseFact } from '../../../src/core/index.js';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import { FIXTURE_PAGES as PAGES, loadFixturePage } from '../../support/fixture-page.js';
import { dosesOf } from './support.js';

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
  it.skipIf(!existsSync(join(PAGES, page)))('gives the headline and body figures, each with its own span, and nothing else', () => {
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
  it.skipIf(!existsSync(join(PAGES, page)))('takes no fact from the sidebars ("Tin liên quan", "Tin khác")', () => {
    const { doses, mustNot } = dosesOfPage(page);
    expect(readFileSync(join(PAGES, page, 'source.html'), 'utf8')).toContain('Tin liên quan');
    expect(mustNot.length).toBeGreaterThan(0);
    for (const f of doses) for (const line of mustNot) expect(f.sentence).not.toContain(line);
  });
});

describe('Indonesian seed (VOV World, "Diplomasi Vaksin")', () => {
  const page = 'vovworld-id-diplomasi-vaksin';
  it.skipIf(!existsSync(join(PAGES, page)))('gives 150, 130 and 10 million doses with their status, and nothing else', () => {
    const { doses } = dosesOfPage(page);
    expect(doses.map(row)).toEqual([
      ['150 juta dosis vaksin', 150e6, null, false, 'vaccine', 'committed', null],
      ['130 juta dosis vaksin', 130e6, null, false, 'vaccine', 'committed', null],
      ['10 juta dosis vaksin', 10e6, null, false, 'vaccine', 'received', null],
    ]);
  });
  it.skipIf(!existsSync(join(PAGES, page)))('takes no fact from "Komentar" or "Yang lain"', () => {
    const { doses, mustNot } = dosesOfPage(page);
    expect(readFileSync(join(PAGES, page, 'source.html'), 'utf8')).toContain('Yang lain');
    expect(mustNot.length).toBeGreaterThan(0);
    for (const f of doses) for (const line of mustNot) expect(f.sentence).not.toContain(line);
  });
});

/**
 * The seeds as plain text from ../shared (boilerplate, captions and sidebar lists left in), read as if every
 * line were a paragraph: the same figures, and none from the sidebars. Skipped in a clone without ../shared.
 */
const SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
describe.skipIf(!existsSync(SEEDS))('seed texts from ../shared, boilerplate included', () => {
  it.each([
    ['vietnamplus-vi-ngoai-giao-vaccine.txt', viDoseExtractor, 'vi', [30e6, 30e6, 16_600_000, 33e6, 30e6, 16e6, null]],
    ['vovworld-id-diplomasi-vaksin.txt', idDoseExtractor, 'id', [150e6, 130e6, 10e6]],
  ] as const)('%s', (file, ex, lang, values) => {
    const lines = readFileSync(join(SEEDS, file), 'utf8').split('\n').filter((l) => l.trim());
    const doses = dosesOf(ex, lines, lang);
    expect(doses.map((f) => f.value)).toEqual(values);
  });
});
