import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: initials of two or three capitals written without dots are part of the
 * person's name ("Agus DW Martowardojo", "MS Hidayat"); a body's acronym or word stays the body's.
 */

const quote = '"Harga kebutuhan pokok di pasar akan tetap terkendali sampai akhir tahun,"';
const content = 'mengatakan harga kebutuhan pokok di pasar akan tetap terkendali sampai akhir tahun.';

describe('id: initials inside a person name', () => {
  it('"kata Gubernur BI Agus DW Martowardojo, di …" keeps the initials and the surname', () => {
    expectSpeakers(`${quote} kata Gubernur BI Agus DW Martowardojo, di Jakarta.`, [
      { name: 'Agus DW Martowardojo', key: 'agus dw martowardojo' },
    ]);
  });

  it('"Menteri Perindustrian MS Hidayat mengatakan" is MS Hidayat of Perindustrian', () => {
    expectSpeakers(`Menteri Perindustrian MS Hidayat ${content}`, [{ name: 'MS Hidayat', org: 'Perindustrian' }]);
  });

  it('a body word after the name is not read as initials: "kata Ketua MK Anwar Usman."', () => {
    expectSpeakers(`${quote} kata Ketua MK Anwar Usman.`, [{ name: 'Anwar Usman', org: 'MK' }]);
  });

  it('a body acronym before a two-word name stays the body\'s: "Menteri Luar Negeri RI Retno Marsudi"', () => {
    expectSpeakers(`${quote} kata Menteri Luar Negeri RI Retno Marsudi.`, [{ name: 'Retno Marsudi' }]);
  });

  it('a comma between the body\'s capitals and the name leaves them the body\'s: "Founder Rumah Guru BK, Ana Susanti,"', () => {
    expectSpeakers(`Founder Rumah Guru BK, Ana Susanti, ${content}`, [{ name: 'Ana Susanti' }]);
  });
});

describe('id: a person named by initials alone after a quote', () => {
  it('\'"…," kata SL.\' is the person SL, not a body', () => {
    expectSpeakers(`${quote} kata SL.`, [{ name: 'SL', key: 'sl', kind: 'person' }]);
  });

  it('\'"…," ujar HT kepada wartawan.\' is the person HT', () => {
    expectSpeakers(`${quote} ujar HT kepada wartawan.`, [{ name: 'HT', kind: 'person' }]);
  });

  it('a known body stays the body: \'"…," kata KPU.\'', () => {
    expectSpeakers(`${quote} kata KPU.`, [{ org: 'KPU', kind: 'organisation' }]);
  });
});
