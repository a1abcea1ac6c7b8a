import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: "Kata X, …" opening a sentence attributes it to X, as "Menurut X, …"
 * does. A source named only by a lower-case title ("Kata jaksa, …", "Menurut jaksa, …") is that title alone: the
 * name after its comma is the subject of what the source says.
 */

describe('id: "Kata X, …" and a title-only source', () => {
  it('"Kata Wulan, harga cabai …" is Wulan', () => {
    expectSpeakers('Kata Wulan, harga cabai di pasar induk akan terus naik sampai akhir bulan.', [{ name: 'Wulan' }]);
  });

  it('"Kata jaksa, Rudi tidak mengakui …" is the prosecutor, not Rudi', () => {
    expectSpeakers('Kata jaksa, Rudi tidak mengakui perbuatan suap dalam proyek jalan itu.', [
      { name: null, title: 'Jaksa' },
    ]);
  });

  it('"Menurut jaksa, Rudi tidak mengakui …" is the prosecutor, not Rudi', () => {
    expectSpeakers('Menurut jaksa, Rudi tidak mengakui perbuatan suap dalam proyek jalan itu.', [
      { name: null, title: 'Jaksa' },
    ]);
  });

  it('a title and its name before the comma stay: "Menurut pengamat Budi Santoso, harga …" is Budi Santoso', () => {
    expectSpeakers('Menurut pengamat Budi Santoso, harga beras akan turun bulan depan.', [{ name: 'Budi Santoso' }]);
  });
});
