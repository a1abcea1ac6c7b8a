import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: two capitals between a title and a name. A known body's acronym is
 * the body ("Deputi Gubernur BI Rudi Hartono Wibowo" is Rudi Hartono Wibowo); other capitals after a portfolio are
 * the person's initials ("Menteri Perdagangan AB Santoso" is AB Santoso).
 */

describe('id: two capitals between a title and a name', () => {
  it('"Deputi Gubernur BI Rudi Hartono Wibowo menambahkan" is Rudi Hartono Wibowo', () => {
    expectSpeakers('Deputi Gubernur BI Rudi Hartono Wibowo menambahkan, inflasi akan tetap terkendali tahun depan.', [
      { name: 'Rudi Hartono Wibowo' },
    ]);
  });

  it('"Menteri Perindustrian AB Santoso mengatakan …. "…," ujarnya.": both statements are AB Santoso\'s', () => {
    expectSpeakers(
      'Menteri Perindustrian AB Santoso mengatakan awal tahun depan Indonesia akan memiliki kebijakan baru untuk kayu, ' +
        'rotan dan kopi. "Secara bertahap ekspor bahan mentah seperti kayu, rotan, dan kopi, akan dikurangi," ujarnya.',
      [{ name: 'AB Santoso' }, { name: 'AB Santoso' }],
    );
  });

  it('a country\'s acronym stays with the body: "Menteri Perdagangan AS Santoso" is Santoso', () => {
    expectSpeakers('Menteri Perdagangan AS Santoso mengatakan tarif impor akan dinaikkan tahun depan.', [
      { name: 'Santoso' },
    ]);
  });
});
