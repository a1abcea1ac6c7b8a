import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: short forms the vocabularies lacked. "Kalapas", "Karutan" and
 * "Kakanwil" are the titles of the heads of a prison, a detention centre and a ministry's regional office (a post
 * with its unit, not a name); "Labusel" and "Labura" are regencies written short, a place and not a person.
 */

describe('id: short-form titles and regencies are not names', () => {
  it('"kata Kalapas" alone is a title with no name', () => {
    expectSpeakers('"Pengamanan malam sudah kami perketat," kata Kalapas.', [{ name: null, title: 'Kalapas' }]);
  });

  it('"Kakanwil Kemenkumham Jambi Hartono Wibowo mengatakan" is Hartono Wibowo, the regional head', () => {
    expectSpeakers('Kakanwil Kemenkumham Jambi Hartono Wibowo mengatakan, dua petugas sudah diperiksa.', [
      { name: 'Hartono Wibowo', key: 'hartono wibowo', title: 'Kakanwil' },
    ]);
  });

  it('"Kalapas Cipinang Budi Hartono" leaves the statement out (where the unit ends is a guess)', () => {
    expectSpeakers('"Kami sudah memeriksa petugas," ujar Kalapas Cipinang Budi Hartono.', []);
  });

  it('"Kadis PU Labura menegaskan" is a title and body with no name, not a person "Labura"', () => {
    expectSpeakers('Kadis PU Labura menegaskan, perbaikan jembatan dimulai bulan depan.', [{ name: null, title: 'Kadis' }]);
  });
});
