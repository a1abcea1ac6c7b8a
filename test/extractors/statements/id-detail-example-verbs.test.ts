import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: "merinci" (gives the details) and "mencontohkan" (gives as an example)
 * are verbs of saying like "menjelaskan"; what follows them is the speaker's statement.
 */

describe('id: "X merinci, …" and "X mencontohkan …"', () => {
  it('"Kepala Dinas Perhubungan Rudi Hartono merinci, …" is Rudi Hartono', () => {
    expectSpeakers('Kepala Dinas Perhubungan Rudi Hartono merinci, sebanyak 40 bus tambahan disiapkan untuk arus balik.', [
      { name: 'Rudi Hartono', key: 'rudi hartono' },
    ]);
  });

  it('"Sulastri merinci kerugian itu terdiri dari …" is Sulastri', () => {
    expectSpeakers('Sulastri merinci kerugian itu terdiri dari tiga rumah rusak berat dan dua warung yang hanyut.', [
      { name: 'Sulastri', key: 'sulastri' },
    ]);
  });

  it('"Bambang Wiratmo mencontohkan, …" is Bambang Wiratmo', () => {
    expectSpeakers('Bambang Wiratmo mencontohkan, pasar tradisional di Kecamatan Sukajaya sudah memakai pembayaran digital.', [
      { name: 'Bambang Wiratmo', key: 'bambang wiratmo' },
    ]);
  });
});
