import { describe, it } from 'vitest';
import { expectSpeakers } from './expect-id-speakers.js';

/*
 * Indonesian speakers on invented sentences: a name opens the attribution, then a description of that person
 * ("sebagai staf …", ", petugas … Jalan …", "(52), warga …", "atas nama …") runs up to the verb. The speaker is the
 * name at the head, not the description's body or a place inside it.
 */

describe('id: the name before a description of that person', () => {
  it('"Siti sebagai staf SPBU mengatakan" is Siti, not the body SPBU alone', () => {
    expectSpeakers('Siti sebagai staf SPBU mengatakan, stok solar masih aman sampai akhir pekan.', [
      { name: 'Siti', key: 'siti' },
    ]);
  });

  it('"Darto Wiyono, petugas parkir Jalan Melati mengatakan" is Darto Wiyono, not the street', () => {
    expectSpeakers('Darto Wiyono, petugas parkir Jalan Melati mengatakan, kendaraan menumpuk sejak pagi.', [
      { name: 'Darto Wiyono', key: 'darto wiyono' },
    ]);
  });

  it('"Wati (52), warga Sukamaju Indah, mengatakan" is Wati, not the neighbourhood', () => {
    expectSpeakers('Wati (52), warga Sukamaju Indah, mengatakan bahwa air sumur sudah kering sejak Juli.', [
      { name: 'Wati', key: 'wati' },
    ]);
  });

  it('"Pendeta Yohanes Lim atas nama Inter-Faith Friends Forum mengatakan" is Yohanes Lim', () => {
    expectSpeakers(
      'Dalam surat itu, Pendeta Yohanes Lim atas nama Inter-Faith Friends Forum mengatakan, "Kami mengundang semua warga untuk hadir."',
      [{ name: 'Yohanes Lim', key: 'yohanes lim' }],
    );
  });

  it('a list word before a comma is no name: "Deputi Bidang Protokol, Pers, dan Media … Rina Hapsari" stays Rina Hapsari', () => {
    expectSpeakers('Deputi Bidang Protokol, Pers, dan Media Sekretariat Wakil Presiden Rina Hapsari mengatakan acara digelar tertutup.', [
      { name: 'Rina Hapsari', key: 'rina hapsari' },
    ]);
  });
});
