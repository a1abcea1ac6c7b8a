import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a title the extractor does not know, read as the name, followed
 * straight by its unit's acronym and the person. The title words are no one: the person after the acronym is read,
 * or no one.
 */

describe('id: an unknown title followed by a unit acronym and the person', () => {
  it('"ujar Penyuluh Madya BPTP Ratna Dewanti saat …" is Ratna Dewanti, not "Penyuluh Madya"', () => {
    expectSpeakers('“Benih unggul sudah dibagikan ke kelompok tani,” ujar Penyuluh Madya BPTP Ratna Dewanti saat ditemui di sawah.', [
      { name: 'Ratna Dewanti', key: 'ratna dewanti' },
    ]);
  });

  it('a misspelt title: "ujar Koordinatir Lapangan BPBD Ratna Dewanti." is Ratna Dewanti', () => {
    expectSpeakers('“Jembatan darurat selesai dipasang pagi ini,” ujar Koordinatir Lapangan BPBD Ratna Dewanti.', [
      { name: 'Ratna Dewanti', key: 'ratna dewanti' },
    ]);
  });

  it('one word after the acronym is too unsure: "ujar Penyuluh Madya BPTP Dewanti" gives no speaker', () => {
    expectSpeakers('“Hujan lebat masih akan turun sampai Jumat,” ujar Penyuluh Madya BPTP Dewanti saat dihubungi.', []);
  });

  it('a known title before the acronym is read as before: "kata Kepala BPBD Ratna Dewanti"', () => {
    expectSpeakers('“Pengungsi sudah kembali ke rumah,” kata Kepala BPBD Ratna Dewanti.', [{ name: 'Ratna Dewanti', key: 'ratna dewanti' }]);
  });
});
