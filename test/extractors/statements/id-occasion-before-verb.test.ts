import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: the day the speaker spoke (", pada Selasa (14/3/2023)") or the one they
 * spoke to and the day ("kepada wartawan, Senin (21/2/2022)") may stand between the name and the verb.
 */

describe('id: an occasion or the day between the name and the verb', () => {
  it('"Kepala Seksi Humas, Budi Santoso, pada Selasa (14/3/2023) mengatakan" is Budi Santoso', () => {
    expectSpeakers(
      'Kepala Seksi Humas Dinas Perhubungan, Budi Santoso, pada Selasa (14/3/2023) mengatakan jalur alternatif sudah dibuka.',
      [{ name: 'Budi Santoso' }],
    );
  });

  it('"Kepala Dinas Pertanian, Rina Wulandari kepada wartawan, Senin (21/2/2022) mengatakan" is Rina Wulandari', () => {
    expectSpeakers(
      'Kepala Dinas Pertanian, Rina Wulandari kepada wartawan, Senin (21/2/2022) mengatakan, stok benih cukup sampai musim tanam.',
      [{ name: 'Rina Wulandari' }],
    );
  });

  it('the weekday and its comma still work: "Budi Santoso dalam keterangannya, Senin (3/4), mengatakan"', () => {
    expectSpeakers('Budi Santoso dalam keterangannya, Senin (3/4), mengatakan jalur alternatif sudah dibuka.', [
      { name: 'Budi Santoso' },
    ]);
  });
});
