import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Police and military unit heads' short titles built from parts ("Dirreskrimsus", "Kaurbinopsnal", "Danramil"),
 * army corps after the rank ("Letkol Czi"), degrees "S."/"M." with a field code, an age in brackets before the verb
 * and a district force ending in "Kota" (invented sentences).
 */
describe('id unit-head titles composed from parts', () => {
  it('a joined police head title with a unit and its force', () => {
    expectSpeakers('Kaurbinopsnal Satlantas Polres Tanjungsari Kota, AKP Rini Wulandari mengatakan, patroli digelar tiap malam.', [
      { name: 'Rini Wulandari', title: 'Kaurbinopsnal', org: 'Satlantas Polres Tanjungsari Kota' },
    ]);
  });

  it('a director of a provincial directorate after the quote', () => {
    expectSpeakers('"Kami masih menelusuri aliran dana," kata Dirresnarkoba Polda Sulbar Kombes Heru Wicaksono.', [
      { name: 'Heru Wicaksono', title: 'Dirresnarkoba' },
    ]);
  });

  it('the same head written apart', () => {
    expectSpeakers('Kaur Binopsnal Satlantas Polres Sukamaju, Iptu Dewi Anggraini menjelaskan, razia digelar di tiga titik.', [
      { name: 'Dewi Anggraini', title: 'Kaur Binopsnal' },
    ]);
  });

  it('a military post title opens the sentence', () => {
    expectSpeakers('Danramil 07/Sukamaju Kapten Inf Hendra Wijaya mengatakan, warga ikut membangun jembatan.', [
      { name: 'Hendra Wijaya' },
    ]);
  });
});

describe('id army corps after the rank', () => {
  it('the corps is no part of the name', () => {
    expectSpeakers('Dandim 0711/Sukamaju Letkol Czi Andi Pratama mengatakan, pembangunan jalan sudah selesai.', [
      { name: 'Andi Pratama', key: 'andi pratama' },
    ]);
  });

  it('a colonel of cavalry after a bracketed short title', () => {
    expectSpeakers('Kepala Penerangan Kodam Sukamaju (Kapendam) Kolonel Kav Rudi Santosa mengatakan, latihan berjalan lancar.', [
      { name: 'Rudi Santosa' },
    ]);
  });
});

describe('id degrees with a field code after the name', () => {
  it('a bachelor of psychology and a master of defence', () => {
    expectSpeakers('Ketua panitia Andi Pratama, S.Psi., M.Han mengatakan, acara dimulai pukul delapan.', [
      { name: 'Andi Pratama' },
    ]);
  });

  it('a single bachelor degree before the verb', () => {
    expectSpeakers('Kepala sekolah Rina Marlina, S.Pd.I menjelaskan, siswa belajar seperti biasa.', [{ name: 'Rina Marlina' }]);
  });
});

describe('id age in brackets between the name and the verb', () => {
  it('a resident with the age in brackets', () => {
    expectSpeakers('Salah seorang warga, Sutarni (52) mengatakan, air sungai naik sejak subuh.', [
      { name: 'Sutarni', key: 'sutarni' },
    ]);
  });

  it('two names and an age', () => {
    expectSpeakers('Korban lainnya, Bayu Saputra (31) menyebutkan, atap rumahnya terangkat angin.', [{ name: 'Bayu Saputra' }]);
  });
});

describe('id district force ending in "Kota"', () => {
  it('after the quote, rank then name', () => {
    expectSpeakers('"Semua korban sudah dimintai keterangan," kata Kapolres Cirebon Kota AKBP Hendra Gunawan saat jumpa pers.', [
      { name: 'Hendra Gunawan', title: 'Kapolres' },
    ]);
  });

  it('with no rank and no name the title stays nameless', () => {
    expectSpeakers('"Semua korban sudah dimintai keterangan," kata Kapolres Cirebon Kota.', [{ name: null, title: 'Kapolres' }]);
  });
});
