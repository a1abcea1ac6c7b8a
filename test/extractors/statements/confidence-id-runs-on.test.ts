import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a name that runs straight on into a body's words and another name, or
 * into a number and a name, was cut from the wrong words; the statement is left out, unless the person at the run's
 * end can be read (confidence-run-end-name.ts). A name that ends where the
 * attribution does, or runs on into the date or a body alone, stays.
 */

const quote = '"Harga kebutuhan pokok di pasar akan tetap terkendali sampai akhir tahun,"';

describe('id: a name that runs on into other capitalised words', () => {
  it('"kata Gubernurr Bank Indonesia Perry Warjiyo dalam …" (a misspelt title read as the name) is the person at the run\'s end', () => {
    expectSpeakers(`${quote} kata Gubernurr Bank Indonesia Perry Warjiyo dalam paparan media di Jakarta.`, [{ name: 'Perry Warjiyo' }]);
  });

  it('"kata Branch Manager Auto 2000 Tuban, Arie Soerjono," is left out', () => {
    expectSpeakers(`${quote} kata Branch Manager Auto 2000 Tuban, Arie Soerjono, saat dikonfirmasi.`, []);
  });

  it('a name followed by the weekday stays: "kata Budi Santoso Senin (3/4)."', () => {
    expectSpeakers(`${quote} kata Budi Santoso Senin (3/4).`, [{ name: 'Budi Santoso' }]);
  });

  it('a name followed by the date stays: "kata Budi Santoso 3 Mei lalu."', () => {
    expectSpeakers(`${quote} kata Budi Santoso 3 Mei lalu.`, [{ name: 'Budi Santoso' }]);
  });

  it('a name followed by a place alone stays: "kata Kepala Dinas Perdagangan Budi Santoso Jakarta Pusat."', () => {
    expectSpeakers(`${quote} kata Kepala Dinas Perdagangan Budi Santoso Jakarta Pusat.`, [{ name: 'Budi Santoso' }]);
  });
});
