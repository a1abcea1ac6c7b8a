import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a short-form title the extractor does not know ("Dirreskrimum",
 * "Wadirlantas") read as the name, then only its body's words, a comma, maybe a rank and the person. No person's
 * name is followed by a bare body: the person after the comma speaks, or no one.
 */

describe('id: an unknown title, its body, a comma and the person', () => {
  it('"kata Dirreskrimum Polda Jatim, Kombes Budi Santoso, Jumat (3/5/2024)." is Budi Santoso', () => {
    expectSpeakers('“Tiga tersangka sudah kami tahan,” kata Dirreskrimum Polda Jatim, Kombes Budi Santoso, Jumat (3/5/2024).', [
      { name: 'Budi Santoso', key: 'budi santoso' },
    ]);
  });

  it('"ujar Wadirlantas Polda Riau, AKBP Rina Maharani Putri, saat dikonfirmasi" is Rina Maharani Putri', () => {
    expectSpeakers('“Jalur mudik sudah kami petakan,” ujar Wadirlantas Polda Riau, AKBP Rina Maharani Putri, saat dikonfirmasi.', [
      { name: 'Rina Maharani Putri', key: 'rina maharani putri' },
    ]);
  });

  it('a place and a weekday after a name is no title: "kata Budi Santoso Jakarta, Selasa (3/4)." stays Budi Santoso', () => {
    expectSpeakers('“Harga beras sudah turun,” kata Budi Santoso Jakarta, Selasa (3/4).', [{ name: 'Budi Santoso', key: 'budi santoso' }]);
  });
});
