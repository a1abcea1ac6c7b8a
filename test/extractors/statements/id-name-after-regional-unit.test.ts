import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a unit that always names its region ("BPBD", "SMPN", "SDN 3") is
 * followed by a place and then the person. Where the place is not one the vocabularies know, where the name starts
 * is a guess: no speaker rather than a place read into the name. A known place, or an administrative unit and its
 * place, keeps the person.
 */

describe('id: a name after a regional unit and a place the vocabularies do not know', () => {
  it('"kata Kepala BPBD Sukamaju Rina Wulandari Putri di …" gives no speaker, not "Sukamaju Rina Wulandari"', () => {
    expectSpeakers('“Air sudah surut sejak subuh,” kata Kepala BPBD Sukamaju Rina Wulandari Putri di posko, Senin.', []);
  });

  it('"Kepala SMPN Tanjung Sari Dewi Lestari mengatakan" gives no speaker, not "Sari Dewi Lestari"', () => {
    expectSpeakers('Kepala SMPN Tanjung Sari Dewi Lestari mengatakan, dapur sekolah sudah siap melayani murid.', []);
  });

  it('"Kepala SDN 3 Talang Jaya Nur Aini,S.Pd mengatakan" gives no speaker, not "Talang Jaya Nur Aini"', () => {
    expectSpeakers('Kepala SDN 3 Talang Jaya Nur Aini,S.Pd mengatakan, para murid menyambut baik menu baru itu.', []);
  });

  it('a known place keeps the person: "kata Kepala BPBD Garut Rina Wulandari Putri"', () => {
    expectSpeakers('“Air sudah surut sejak subuh,” kata Kepala BPBD Garut Rina Wulandari Putri.', [
      { name: 'Rina Wulandari Putri', key: 'rina wulandari putri' },
    ]);
  });

  it('an administrative unit and its place keep the person: "kata Kepala BPBD Kabupaten Sukamaju Rina Wulandari"', () => {
    expectSpeakers('“Air sudah surut sejak subuh,” kata Kepala BPBD Kabupaten Sukamaju Rina Wulandari.', [
      { name: 'Rina Wulandari', key: 'rina wulandari' },
    ]);
  });
});
