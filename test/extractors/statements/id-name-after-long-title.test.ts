import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a long title with a comma list ("Bidang Logistik, Sarana dan
 * Prasarana") that runs on to the body's acronym or a place, then the name. The name is read where the body
 * clearly ends; where it does not, no statement is given.
 */

describe('id: the name after a long title with a comma list', () => {
  it('after the body\'s acronym: "… Sarana dan Prasarana BPBD Joko Lelono, Kamis" is Joko Lelono', () => {
    expectSpeakers('"Air sudah mulai surut," kata Kepala Bidang Logistik, Sarana dan Prasarana BPBD Joko Lelono, Kamis.', [
      { name: 'Joko Lelono', key: 'joko lelono' },
    ]);
  });

  it('after a place: "Menurut Direktur Perizinan, Dinas Penanaman Modal Kota Semarang Rina Wulandari, …"', () => {
    expectSpeakers('Menurut Direktur Perizinan, Dinas Penanaman Modal Kota Semarang Rina Wulandari, izin usaha kini terbit dalam sehari.', [
      { name: 'Rina Wulandari', key: 'rina wulandari' },
    ]);
  });

  it('before a lower-case word: "… Komisioner OJK Mirna Adiwijaya dikutip dari …"', () => {
    expectSpeakers('"Jangan tergiur bunga tinggi," kata Wakil Ketua Dewan Komisioner OJK Mirna Adiwijaya dikutip dari laman resmi, Selasa.', [
      { name: 'Mirna Adiwijaya', key: 'mirna adiwijaya' },
    ]);
  });

  it('three capitalised words after the acronym (a place may open them): no statement', () => {
    expectSpeakers('"Air sudah mulai surut," kata Kepala Bidang Logistik, Sarana dan Prasarana BPBD Wonorejo Joko Lelono, Kamis.', []);
  });
});
