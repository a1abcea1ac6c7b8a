import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a title the extractor does not know (or a misspelt one) read as the
 * name, with the capitalised run going on through a body to the person. The person is read at the run's end only
 * after a clear end of the body (an acronym, a place, a comma and maybe a rank); otherwise no one is read.
 */

describe('id: the name at the end of a capitalised run after an unknown title', () => {
  it('"kata Bhabinkamtibmas Polsek Sukamaju, Bripka Dedi Kurnia, saat …" is Dedi Kurnia', () => {
    expectSpeakers(
      '“Warga sudah kembali ke rumah masing-masing,” kata Bhabinkamtibmas Polsek Sukamaju, Bripka Dedi Kurnia, saat dikonfirmasi, Senin.',
      [{ name: 'Dedi Kurnia', key: 'dedi kurnia' }],
    );
  });

  it('a misspelt title before a body ending in a place: "kata Koordinatir Gudang Bulog Jatim Ratna Dewanti dalam …"', () => {
    expectSpeakers('“Pasokan beras aman sampai akhir tahun,” kata Koordinatir Gudang Bulog Jatim Ratna Dewanti dalam jumpa pers.', [
      { name: 'Ratna Dewanti', key: 'ratna dewanti' },
    ]);
  });

  it('a one-word name after the comma: "kata Bhabinkamtibmas Polsek Sukamaju, Dedi, saat …" is Dedi', () => {
    expectSpeakers('“Jalan desa sudah bisa dilewati,” kata Bhabinkamtibmas Polsek Sukamaju, Dedi, saat dikonfirmasi.', [
      { name: 'Dedi', key: 'dedi' },
    ]);
  });

  it('a lone word after a place is too unsure: no one is read', () => {
    expectSpeakers('“Benih padi sudah dibagikan,” ujar Penyuluh Madya Gudang Jatim Dewanti saat ditemui.', []);
  });
});
