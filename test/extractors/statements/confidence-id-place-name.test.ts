import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a place the sentence names after an administrative unit ("Kecamatan
 * Cibeber") is no one's name. The person opening the sentence before a comma and a lower-case description speaks;
 * with no such person the statement is left out. A person named after a unit's place ("Kepala Desa Sukamulya Budi
 * Santoso") stays.
 */

describe('id: a place read as the speaker', () => {
  it('"Suparmin, salah seorang peternak di Desa Sukamulya Kecamatan Cibeber mengatakan" is Suparmin', () => {
    expectSpeakers(
      'Suparmin, salah seorang peternak di Desa Sukamulya Kecamatan Cibeber mengatakan, harga pakan naik sejak pekan lalu.',
      [{ name: 'Suparmin' }],
    );
  });

  it('"Marlina, warga Kelurahan Sukajaya, Kecamatan Sukajaya, saat ditemui di Sukajaya, Selasa, mengatakan" is Marlina', () => {
    expectSpeakers(
      'Marlina, warga Kelurahan Sukajaya, Kecamatan Sukajaya, saat ditemui di Sukajaya, Selasa, mengatakan, air sumur mulai kering.',
      [{ name: 'Marlina' }],
    );
  });

  it('"Pengurus koperasi kecamatan Sukamaju mengatakan" (no person named) is left out', () => {
    expectSpeakers('Pengurus koperasi kecamatan Sukamaju mengatakan, pupuk bersubsidi sudah datang.', []);
  });

  it('a person after the unit and its place stays: "Kepala Desa Sukamulya Budi Santoso mengatakan"', () => {
    expectSpeakers('Kepala Desa Sukamulya Budi Santoso mengatakan, jalan desa akan diperbaiki bulan depan.', [
      { name: 'Budi Santoso' },
    ]);
  });
});
