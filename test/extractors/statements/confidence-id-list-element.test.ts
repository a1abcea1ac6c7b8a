import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a name read from one element of a comma list (a portfolio before
 * ", dan", a degree among the degrees after a name, a body's last word before ", dr. Name") is left out; a name
 * followed by its title, its degrees, the weekday or the verb after a comma stays.
 */

const quote = '"Jadwal pelayanan di semua puskesmas akan diperpanjang sampai akhir bulan,"';

describe('id: a name read from one element of a comma list', () => {
  it('"kata Deputi Bidang Protokol, Acara, dan Media Sekretariat Wakil Presiden Rudi Hartono" is left out', () => {
    expectSpeakers(
      `${quote} kata Deputi Bidang Protokol, Acara, dan Media Sekretariat Wakil Presiden Rudi Hartono di Jakarta, Senin.`,
      [],
    );
  });

  it('"Dr. (H.C.) H. Rudi Santoso, S.E., M.M., menjelaskan" (read as "S.E.") is left out', () => {
    expectSpeakers('Dr. (H.C.) H. Rudi Santoso, S.E., M.M., menjelaskan, harga gula di beberapa daerah sudah turun.', []);
  });

  it('degrees after a name read in full stay: "Hj. Wulan Sari, S.E., M.Si., menjelaskan" is Wulan Sari', () => {
    expectSpeakers('Hj. Wulan Sari, S.E., M.Si., menjelaskan, jadwal pelayanan di puskesmas diperpanjang.', [
      { name: 'Wulan Sari' },
    ]);
  });

  it('"ujar Direktur RS Harapan Sehat, dr. Sinta Dewi, Jumat" is left out', () => {
    expectSpeakers(`${quote} ujar Direktur RS Harapan Sehat, dr. Sinta Dewi, Jumat (3/5).`, []);
  });

  it('a name, its title and the verb stay: "Rudi Hartono, Kepala Dinas Kesehatan, mengatakan"', () => {
    expectSpeakers('Rudi Hartono, Kepala Dinas Kesehatan, mengatakan jadwal pelayanan akan diperpanjang.', [
      { name: 'Rudi Hartono' },
    ]);
  });

  it('a name followed by the weekday stays: "kata Kepala Dinas Kesehatan Rudi Hartono, Senin."', () => {
    expectSpeakers(`${quote} kata Kepala Dinas Kesehatan Rudi Hartono, Senin.`, [{ name: 'Rudi Hartono' }]);
  });

  it('a name followed by a lower-case "dan" stays: "kata Rudi Hartono, dan ia menambahkan …"', () => {
    expectSpeakers(`${quote} kata Rudi Hartono, dan ia menambahkan bahwa stok obat cukup.`, [
      { name: 'Rudi Hartono' },
      { name: 'Rudi Hartono' },
    ]);
  });
});
