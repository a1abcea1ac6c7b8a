import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: between the name and the verb stands a weekday with its date and no
 * comma after it, or a relative clause of being reached for comment ("yang dihubungi", "yang dimintai …"). The
 * speaker is the name before it. A long name right after an acronym before such a tail is not sure: no statement.
 */

describe('id: a date or a clause of being reached between the name and the verb', () => {
  it('"Budi Hartono, Senin 3 Juni 2024 menjelaskan" is Budi Hartono', () => {
    expectSpeakers('Kepala Dinas Pendidikan Kota Mawar, Budi Hartono, Senin 3 Juni 2024 menjelaskan, atap kelas akan diganti.', [
      { name: 'Budi Hartono', key: 'budi hartono' },
    ]);
  });

  it('"Dedi Kurnia, Senin (3/6) mengatakan" is Dedi Kurnia', () => {
    expectSpeakers('Dedi Kurnia, Senin (3/6) mengatakan pihaknya akan menindak tegas pelaku pungutan liar.', [
      { name: 'Dedi Kurnia', key: 'dedi kurnia' },
    ]);
  });

  it('"AKBP Dedi Kurnia yang dimintai tanggapannya usai rapat di gedung DPRD mengatakan" is Dedi Kurnia', () => {
    expectSpeakers(
      'Kapolres Sukamaju AKBP Dedi Kurnia yang dimintai tanggapannya usai rapat di gedung DPRD mengatakan, pihaknya akan menindak tegas.',
      [{ name: 'Dedi Kurnia', key: 'dedi kurnia' }],
    );
  });

  it('"Rina Lestari yang dihubungi, Rabu (5/6/2019) menuturkan" is Rina Lestari', () => {
    expectSpeakers('Juru bicara rumah sakit Rina Lestari yang dihubungi, Rabu (5/6/2019) menuturkan, pasien sudah boleh pulang.', [
      { name: 'Rina Lestari', key: 'rina lestari' },
    ]);
  });

  it('a long name right after an acronym before such a tail gives no statement ("PDAM Tirta Kencana Rudi Setiawan")', () => {
    expectSpeakers('Kepala Humas PDAM Tirta Kencana Rudi Setiawan yang dihubungi, Rabu (5/6/2019) mengatakan, air akan mengalir lagi besok.', []);
  });
});
