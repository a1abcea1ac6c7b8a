import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: an ordinary person named and then described in lower case ("pengemudi
 * ojek", "salah satu warga …") before a verb of saying, with no comma after the name, or with the description
 * ending in a place and the day. A number or quantifier before the description counts people and names no one;
 * other verbs after such a description are acts, not words said.
 */

describe('id: a person described before the verb, no comma after the name', () => {
  it('"Sukirman pengemudi ojek mengatakan" is Sukirman', () => {
    expectSpeakers('Sukirman pengemudi ojek mengatakan bahwa penumpang sepi sejak awal bulan.', [{ name: 'Sukirman' }]);
  });

  it('"Senada, Wagiyo pengecer minyak tanah di Jalan Kenanga mengatakan" is Wagiyo', () => {
    expectSpeakers('Senada, Wagiyo pengecer minyak tanah di Jalan Kenanga mengatakan, stok dari agen belum datang.', [
      { name: 'Wagiyo' },
    ]);
  });

  it('"Darsih, salah satu warga Cibinong, Rabu (4/9/2024) mengatakan" is Darsih', () => {
    expectSpeakers('Darsih, salah satu warga Cibinong, Rabu (4/9/2024) mengatakan, air sumur mulai keruh.', [
      { name: 'Darsih' },
    ]);
  });

  it('"Tujuh pedagang menyatakan …" names no one', () => {
    expectSpeakers('Tujuh pedagang menyatakan keberatan atas kenaikan sewa kios.', [{ name: null }]);
  });

  it('"Wagiyo petani di Desa Sukarame menambahkan pupuk …" is an act, not a statement', () => {
    expectSpeakers('Wagiyo petani di Desa Sukarame menambahkan pupuk kandang ke sawahnya.', []);
  });
});
