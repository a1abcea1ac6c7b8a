import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../../src/core/index.js';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import { run } from './support.js';

/*
 * Indonesian long attribution chains "title … unit … name <verb>" (issue 19, ninth round part two, stmt-id4), on
 * invented sentences: the name is the run of unknown capitalised words at the verb, after a word that closes a unit;
 * every other chain keeps abstaining.
 */

function keys(text: string): Array<string | null> {
  return run(idStatementExtractor, 'id', { name: text, text: [text], expect: [] }).facts.map((f) => (f.speaker as Speaker).key);
}

describe('id: a name closing a long title chain', () => {
  it('"Direktur Operasional & Pemasaran Bank Mandiri Rudi Hartanto mengatakan" names Rudi Hartanto', () => {
    expect(keys('Direktur Operasional & Pemasaran Bank Mandiri Rudi Hartanto mengatakan, penjualan naik tajam tahun ini.')).toEqual([
      'rudi hartanto',
    ]);
  });

  it('an acronym closes the unit: "… Dalam Negeri Kemenag Sulaiman Hadi menjelaskan"', () => {
    expect(keys('Direktur Pelayanan Haji Dalam Negeri Kemenag Sulaiman Hadi menjelaskan, kuota tahun ini tetap.')).toEqual([
      'sulaiman hadi',
    ]);
  });

  it('a body name tail closes the unit: "… Solution Division Sinar International Corp Lee Woo mengungkapkan"', () => {
    expect(keys('Kepala Business Solution Division Sinar International Corp Lee Woo mengungkapkan pihaknya siap berinvestasi.')).toEqual([
      'lee woo',
    ]);
  });

  it('one unknown word after the unit stays unread (a short name or a unit word: unsure)', () => {
    // (Angkutan Jalan and Hubdat are known unit words now: "… Hubdat Kemenhub Suparno" is read; these two are not.)
    expect(keys('Direktur Kenavigasian Ditjen Hubla Kemenhub Suparno menyebutkan, arus mudik akan padat.')).toEqual([]);
  });

  it('unknown words after a portfolio or a body head stay unread (where the unit ends is a guess)', () => {
    expect(keys('Direktur Keuangan & Strategi Bank Sentosa Rudi Hartanto mengatakan, laba naik.')).toEqual([]);
  });

  it('a short form in parentheses closes no unit: "(BPDL) Ranumas Rudi Hartanto" stays unread', () => {
    expect(keys('Direktur Utama Badan Pengelola Dana (BPDL) Ranumas Rudi Hartanto mengatakan, laba naik.')).toEqual([]);
  });

  it('more than four unknown words before the verb stay unread', () => {
    expect(keys('Direktur Keuangan Kemenag Alpha Beta Gamma Delta Epsilon mengatakan, laba naik.')).toEqual([]);
  });
});
