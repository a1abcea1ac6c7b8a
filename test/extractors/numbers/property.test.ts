import angkaTerbilang from '@develoka/angka-terbilang-js';
import { toWords } from 'number-to-words';
import { doReadNumber, ReadingConfig } from 'read-vietnamese-number';
import { describe, expect, it } from 'vitest';
import { compileNumbers, type NumberVocab } from '../../../src/extractors/common/numbers/index.js';
import { EN_NUMBERS } from '../../../src/extractors/en/numbers/index.js';
import { enDoseExtractor } from '../../../src/extractors/en/doses/index.js';
import { ID_NUMBERS } from '../../../src/extractors/id/numbers/index.js';
import { idDoseExtractor } from '../../../src/extractors/id/doses/index.js';
import { VI_NUMBERS } from '../../../src/extractors/vi/numbers/index.js';
import { viDoseExtractor } from '../../../src/extractors/vi/doses/index.js';
import type { Extractor } from '../../../src/extractors/index.js';
import { dosesOf } from '../doses/support.js';

/** mulberry32: a seeded PRNG, so a failing number is the same on every run. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Log-uniform integers in [min, 1e12], so every magnitude is drawn as often, plus round figures. */
function numbers(seed: number, count: number, min: number): number[] {
  const r = prng(seed);
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(Math.exp(Math.log(min) + r() * (Math.log(1e12) - Math.log(min))));
    // Every third number keeps only its two leading digits: "2 triệu 500 nghìn"-like figures news writes.
    const digits = String(n).length;
    out.push(i % 3 === 2 && digits > 2 ? Number(String(n).slice(0, 2)) * 10 ** (digits - 2) : n);
  }
  return out;
}

const viConfig = new ReadingConfig();
viConfig.unit = [];
const WRITERS: Record<'vi' | 'id' | 'en', { write: (n: number) => string; vocab: NumberVocab; ex: Extractor; sentence: (w: string) => string }> = {
  vi: { write: (n) => doReadNumber(String(n), viConfig), vocab: VI_NUMBERS, ex: viDoseExtractor, sentence: (w) => `Việt Nam đã tiếp nhận ${w} liều vaccine.` },
  id: { write: (n) => angkaTerbilang(n), vocab: ID_NUMBERS, ex: idDoseExtractor, sentence: (w) => `Indonesia telah menerima ${w} dosis vaksin.` },
  en: { write: (n) => toWords(n), vocab: EN_NUMBERS, ex: enDoseExtractor, sentence: (w) => `Vietnam has received ${w} doses of the vaccine.` },
};

describe.each(Object.entries(WRITERS))('numbers written out by an independent library (%s)', (lang, w) => {
  const n = compileNumbers(w.vocab);
  const whole = new RegExp(`^(?:${n.amount})$`, 'iu');

  it('reads 3000 random numbers from 1 to 10^12 exactly, and the amount pattern spans each whole', () => {
    const wrong: string[] = [];
    for (const value of numbers(lang.charCodeAt(0) * 7919, 3000, 1)) {
      const words = w.write(value);
      const got = n.parse(words)?.value;
      if (got !== value || !whole.test(words)) wrong.push(`${value} "${words}" → ${got}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('finds 600 random dose figures from 20 to 10^12 written in words inside a dose sentence', () => {
    const wrong: string[] = [];
    for (const value of numbers(lang.charCodeAt(0) * 104729, 600, 20)) {
      const text = w.sentence(w.write(value));
      const got = dosesOf(w.ex, text, lang as 'vi' | 'id' | 'en').map((f) => f.value);
      if (got.length !== 1 || got[0] !== value) wrong.push(`${value}: ${JSON.stringify(got)} ← ${text}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
