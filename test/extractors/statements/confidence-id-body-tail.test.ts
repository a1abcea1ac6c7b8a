import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a body's name ends at its last word ("Permata Bank", "… Media
 * Division"); the capitalised words after it in a title's run are the person's name.
 */

const content = 'menilai harga kebutuhan pokok di pasar akan tetap terkendali sampai akhir tahun ini.';

describe('id: the person after a body name\'s last word', () => {
  it('"Kepala Ekonom Permata Bank Josua Pardede menilai" is Josua Pardede, not the body "Bank Josua Pardede"', () => {
    expectSpeakers(`Kepala Ekonom Permata Bank Josua Pardede ${content}`, [{ name: 'Josua Pardede', kind: 'person' }]);
  });

  it('"Direktur MRA Broadcast Media Division M Rafiq" is M Rafiq', () => {
    expectSpeakers(`Direktur MRA Broadcast Media Division M Rafiq ${content.replace('menilai', 'mengatakan,')}`, [
      { name: 'M Rafiq' },
    ]);
  });

  it('a bank\'s own name stays the body\'s: "Direktur Utama Bank Mandiri Darmawan Junaidi"', () => {
    expectSpeakers(`Direktur Utama Bank Mandiri Darmawan Junaidi ${content}`, [{ name: 'Darmawan Junaidi', org: 'Bank Mandiri' }]);
  });
});
