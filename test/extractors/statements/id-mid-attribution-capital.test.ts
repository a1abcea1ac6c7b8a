import { describe, expect, it } from 'vitest';
import { idStatementExtractor } from '../../../src/extractors/id/statements/index.js';
import { run } from './support.js';

/*
 * Indonesian mid-sentence attribution on invented sentences: after "…, lanjut X," the clause may go on with a
 * capitalised word (a noun, a body's acronym); the statement is X's and holds both halves of the clause. A title
 * after the comma ("kata Budi, Kepala Dinas Kesehatan, …") describes X and is no part of the content.
 */

function statements(text: string): Array<{ name: string | null; quote: string }> {
  return run(idStatementExtractor, 'id', { name: text, text: [text], expect: [] }).facts.map((f) => ({
    name: f.speaker.name,
    quote: f.quote,
  }));
}

describe('id: "…, lanjut X, Capital …" in mid-sentence', () => {
  it('"Harga obat generik, lanjut Budi, Parasetamol Rp2.250 …" is Budi\'s, with the prices', () => {
    const got = statements('Harga obat generik, lanjut Budi, Parasetamol Rp2.250/strip, Amoksisilin Rp2.300/strip.');
    expect(got).toHaveLength(1);
    expect(got[0]!.name).toBe('Budi');
    expect(got[0]!.quote).toContain('Parasetamol Rp2.250');
  });

  it('"Selain vaksin, lanjut Sari, Puskesmas juga telah menyiapkan obat" is Sari\'s', () => {
    const got = statements('Selain vaksin, lanjut Sari, Puskesmas juga telah menyiapkan obat untuk warga lanjut usia.');
    expect(got).toHaveLength(1);
    expect(got[0]!.name).toBe('Sari');
    expect(got[0]!.quote).toContain('Puskesmas juga telah menyiapkan obat');
  });

  it('a title after the comma is not content: "Harga obat, kata Budi, Kepala Dinas Kesehatan, naik …"', () => {
    const got = statements('Harga obat generik, kata Budi, Kepala Dinas Kesehatan, naik sejak pekan lalu.');
    expect(got).toHaveLength(1);
    expect(got[0]!.name).toBe('Budi');
    expect(got[0]!.quote).not.toContain('Kepala Dinas');
  });
});
