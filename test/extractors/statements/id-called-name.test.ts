import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: the attribution describes the speaker ("pria", "politikus …") and then
 * gives the name people call them by ("yang akrab disapa …"). The speaker is that name, not a nameless "pria".
 */

describe('id: the name after "yang akrab disapa"', () => {
  it('"kata pria yang karib disapa Jarot." is Jarot', () => {
    expectSpeakers('"Kami kalah karena kurang fokus di babak kedua," kata pria yang karib disapa Jarot.', [
      { name: 'Jarot', key: 'jarot' },
    ]);
  });

  it('"ujar pria yang akrab disapa Budi Santo itu di Gedung DPRD" is Budi Santo', () => {
    expectSpeakers(
      '"Anggaran itu sudah kami ajukan sejak Maret," ujar pria yang akrab disapa Budi Santo itu di Gedung DPRD, Senin (3/4).',
      [{ name: 'Budi Santo', key: 'budi santo' }],
    );
  });

  it('"tutur wanita yang biasa dipanggil Ningsih, Selasa" is Ningsih', () => {
    expectSpeakers('"Warung kami tutup sejak banjir datang," tutur wanita yang biasa dipanggil Ningsih, Selasa (2/5).', [
      { name: 'Ningsih', key: 'ningsih' },
    ]);
  });

  it('with no name after the words, the description stays nameless', () => {
    expectSpeakers('"Kami kalah karena kurang fokus," kata pria itu.', [{ name: null, key: null }]);
  });
});
